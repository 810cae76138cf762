using Rampart.Findings;

namespace Rampart.Secrets.Rules;

/// <summary>Rules for keys credentials, written from the published formats; every example is synthetic.</summary>
internal static class KeysRules
{
    /// <summary>A key's match runs from its first line over header lines (or PuTTY's up to 60) to the first line of the key itself.</summary>
    private const int KeyLines = 64;

    public static IReadOnlyList<SecretRule> All { get; } =
    [
        new()
        {
            Id = "RMP-SECRET-087", Title = "RSA private key", Severity = Severity.Critical,
            Keywords = ["begin rsa private key"], Lines = KeyLines,
            Pattern = @"-----BEGIN RSA PRIVATE KEY-----(?:\\r|\\n|\s)+(?:[A-Za-z-]+:[^\n\\]*(?:\\r|\\n|\s)+)*([A-Za-z0-9+/]{40,}[A-Za-z0-9+/=]*)",
            MinEntropy = 3.5,
            Positives = ["-----BEGIN RSA PRIVATE KEY-----\nTz6IEoNpz9XHQKbZTmTBqkVketmio9xUarfsFX71AROlAzm74w0m9A//Fgxivk9I\nY46UxSjVuwDrqvRiGNFVAmZAWVnu845stRnjVd2hXad/0Xvp1ujU0BBGi4/hw0Qs\n+KzumsFzcoilRWqKRwyWoGbu20Mb2+2KoKntKprf8Kw2TQnzWRtxSw3hIaiPD/TV\n-----END RSA PRIVATE KEY-----", "\"-----BEGIN RSA PRIVATE KEY-----\\nid8OC29YzG2pVl0msj02yOBsbKGv9EsW0KcixmkbBkSlCNFqtzThYG39xHkCFOBV\\n\"", "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,8CFA355ED123EA3FD212C08195D9A19C\n\ns5jMoIgJO6qZCJXOi5KoHeb7xa2pIAFiUfX7hqTNd3/BTEuK5Big/rTM4JNxShek\nzyW3lDjWjEng+0kbQ1dTFu1b+7/DcWI1p+fcvbYkDQDW28WNV5kclgycM4mV8m4H"],
            Negatives = ["-----BEGIN RSA PRIVATE KEY-----\nxxx\n-----END RSA PRIVATE KEY-----", "-----BEGIN RSA PUBLIC KEY-----\nkYg97pNfOR/mxkTtUtkW4CkVGRPHQAU4N0yFYcxHrsYhmbWWvNL/3vnAB2gZPQV/\nQ9djhdRLTezFZ/vgvJC2BgktcKv2GFI1S9xXJoJyOqWiGg/n0Yk4gA9frMkJUwdR"],
        },
        new()
        {
            Id = "RMP-SECRET-088", Title = "EC private key", Severity = Severity.Critical,
            Keywords = ["begin ec private key"], Lines = KeyLines,
            Pattern = @"-----BEGIN EC PRIVATE KEY-----(?:\\r|\\n|\s)+(?:[A-Za-z-]+:[^\n\\]*(?:\\r|\\n|\s)+)*([A-Za-z0-9+/]{40,}[A-Za-z0-9+/=]*)",
            MinEntropy = 3.5,
            Positives = ["-----BEGIN EC PRIVATE KEY-----\n4xGJjsVTQ/qYBpCglPCBYxE7zsDLjyRHvVvVs52bQnfhwNJRArrTGwvtPhPHFffh\nGtquHsHsApNjb9RQr246t6tJVfjznCdLwc71v2CU50sBnLMpKwe7nhruu9/qoCQ+\n-----END EC PRIVATE KEY-----"],
            Negatives = ["-----BEGIN EC PARAMETERS-----\naR+DTYg8sc9OgHJ3mcGySav9KCJOyeKs+IDbIRli9MOIxWo+2vXsKIqpBv3nCqKa"],
        },
        new()
        {
            Id = "RMP-SECRET-089", Title = "PKCS#8 private key", Severity = Severity.Critical,
            Keywords = ["begin private key"], Lines = KeyLines,
            Pattern = @"-----BEGIN PRIVATE KEY-----(?:\\r|\\n|\s)+(?:[A-Za-z-]+:[^\n\\]*(?:\\r|\\n|\s)+)*([A-Za-z0-9+/]{40,}[A-Za-z0-9+/=]*)",
            MinEntropy = 3.5,
            Positives = ["-----BEGIN PRIVATE KEY-----\nbay9YCS6lNDMULEvxqU6kwRyzMfzE806/J/jsY4bwMo/uJ25sdlEg7rlHfzq9GqD\n0x7pe75bT2AYgb2m8dYT0JJsbQjSjORfzgIZAUr8vYpT5JJk/0c+V9IdjBYNT9SP\n0drD/IzYrFYAm3duriD2R5tZ6E38zIdOJi1TjHNIW3GEgDZAw1k2LHukNYO87QKJ\n-----END PRIVATE KEY-----", "\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nqgjeI9TbDtbsGdPCy4jYdNMfK4y+JS9N4jTzQV9EJQFp/L2Sd0DoXJ2H3a/39El2\\nEJY7STpHpaIEBl1vW7MKI8nuDogvqbhN02Wc33KI325rrXpBXReGu5QdZVrcfH97\\n-----END PRIVATE KEY-----\\n\""],
            Negatives = ["-----BEGIN PRIVATE KEY-----\n*****\n-----END PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----\nYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=\n-----END PRIVATE KEY-----", "-----BEGIN PUBLIC KEY-----\nLYEmsIqDXF6gnPeWe0Jh86b4+J56JtLM0YCvyQcyJrKo0lNDA5h3hUJZuFJtVtHU\nVknq02U1On68loz3lMZxudMoPEC4Ic7P2JAfGXhD6njPpgfGNhGgisyxtS2XBktg"],
        },
        new()
        {
            Id = "RMP-SECRET-090", Title = "Encrypted PKCS#8 private key", Severity = Severity.High,
            Keywords = ["begin encrypted private key"], Lines = KeyLines,
            Pattern = @"-----BEGIN ENCRYPTED PRIVATE KEY-----(?:\\r|\\n|\s)+(?:[A-Za-z-]+:[^\n\\]*(?:\\r|\\n|\s)+)*([A-Za-z0-9+/]{40,}[A-Za-z0-9+/=]*)",
            MinEntropy = 3.5,
            Positives = ["-----BEGIN ENCRYPTED PRIVATE KEY-----\nFhlFNoSm6RZdFOOLCh3vgOwygj7H+N1N/3YLibevNhtKMLJgEz6CImVSG+xD4/oU\nBrFzhrcHIDpc3V3XQ4bEHGYn3y3cOZnGkfuhkXVUurZTRMCKRc6xmQF1TE9/t82M\nE3NoU+6Bj0tXaEu6tqN0q6nTJPz2xCLJQCYhG1WmVy3PJPguxHzheHkTf4z9cKKe\n-----END ENCRYPTED PRIVATE KEY-----"],
            Negatives = ["-----BEGIN ENCRYPTED PRIVATE KEY-----\n...\n-----END ENCRYPTED PRIVATE KEY-----"],
        },
        new()
        {
            Id = "RMP-SECRET-091", Title = "DSA private key", Severity = Severity.Critical,
            Keywords = ["begin dsa private key"], Lines = KeyLines,
            Pattern = @"-----BEGIN DSA PRIVATE KEY-----(?:\\r|\\n|\s)+(?:[A-Za-z-]+:[^\n\\]*(?:\\r|\\n|\s)+)*([A-Za-z0-9+/]{40,}[A-Za-z0-9+/=]*)",
            MinEntropy = 3.5,
            Positives = ["-----BEGIN DSA PRIVATE KEY-----\nIe6r9Le1voznpU/to8kSGRm9MroBF6N3JuRHaq5z8NvrZ/dCLCqElX9xQjGP7ICO\nobSHA/olW/z6EhjbpZ5btn8oCG9yY1+lMSJThDhrsJqOKC4OKb0bLPFPKFLEDvm0\nUZwpQX52zPzwvubrLcWlQ/9qSPryEvKx9hbI2IBb296vE1hjQFm7bU7QCUDcu1wH"],
            Negatives = ["-----BEGIN DSA PARAMETERS-----\nFAPaHcpgZNvDIsJDrxRfN14KOIuw2amAEmCEPKxbt+2DwN7wi0JPix+Sik2htOLL\n6PU9EG8wTgCpK0KN4bWFjr+R/DJ3RDD61tzzqCFJcH4ztYlSokPhkcdCgJsplv1M"],
        },
        new()
        {
            Id = "RMP-SECRET-092", Title = "OpenSSH private key", Severity = Severity.Critical,
            Keywords = ["begin openssh private key"], Lines = KeyLines,
            Pattern = @"-----BEGIN OPENSSH PRIVATE KEY-----(?:\\r|\\n|\s)+(?:[A-Za-z-]+:[^\n\\]*(?:\\r|\\n|\s)+)*([A-Za-z0-9+/]{40,}[A-Za-z0-9+/=]*)",
            MinEntropy = 3.5,
            Positives = ["-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAAewtCF0/2KkmNxqsU9iFahfBb3BFfll03pTzTggeJ\nLFq8KDtylqVXIiE6NVOd1gku4zx6Ra5E+AugPMEQYIVKehqGAPLWb/UTlnxPIqbC\nFYfSKILkz/DH3P2sIRWvj+KkACopIkYNt4ypkoX/aZ/csfv/rak8C4oAltYRqm+Y\n-----END OPENSSH PRIVATE KEY-----"],
            Negatives = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAkCojzbV4c5/TH52VDGiesrcrVawo8WhyMcaByfBW user@host", "-----BEGIN OPENSSH PRIVATE KEY-----\n<key>\n-----END OPENSSH PRIVATE KEY-----"],
        },
        new()
        {
            Id = "RMP-SECRET-093", Title = "PGP private key block", Severity = Severity.Critical,
            Keywords = ["begin pgp private key block"], Lines = KeyLines,
            Pattern = @"-----BEGIN PGP PRIVATE KEY BLOCK-----(?:\\r|\\n|\s)+(?:[A-Za-z-]+:[^\n\\]*(?:\\r|\\n|\s)+)*([A-Za-z0-9+/]{40,}[A-Za-z0-9+/=]*)",
            MinEntropy = 3.5,
            Positives = ["-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nN0eEk/qaGgOS5mYaw+b1LGZDGkozhx0iXhrgdb4nk7CyQzQFZT0Bht5w/JCBTdmt\nF/USmn1UM4tx0qx/IxENWQ+ocRONOeSBRexl9ru3FnIt9uGZm9ee2cSLimRJBVL/\nmNCVyycwhq5GRBn008dDyaUdZY/CgJlC8dh8Hx9r1ReoNsr33vBVDym1ZdgE0wwa\n=ab12\n-----END PGP PRIVATE KEY BLOCK-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nuapG+cPITCY+c17NQSF+tOE2ixiDBJ0ameaZO3oATE1bANiM5WenV6cL697dX9jp\nCnlaRocMUvuFeIva6QV++6YZM+DWngBb9fZ4TbSUcUgPyi61BHSGiZqfMW0ZfsY3"],
            Negatives = ["-----BEGIN PGP PUBLIC KEY BLOCK-----\n\ngHCK6HdeSnIdrIQxb+OblgIT1yI+bHcJhu2/7bkrAJanuo6YE1fGfPlWhs6Dm/Tq\nzZcKr5+9+i6zXLyS3BVt2XqwTYidNScIsgpTrss7udFNYZ2Wkgrb/ZLsK8fwNbKB"],
        },
        new()
        {
            Id = "RMP-SECRET-094", Title = "PuTTY private key", Severity = Severity.Critical,
            Keywords = ["putty-user-key-file"], Lines = KeyLines,
            Pattern = @"PuTTY-User-Key-File-[0-9]: [^\n]*\n(?:[^\n]*\n){0,60}?Private-Lines: [0-9]+\r?\n([A-Za-z0-9+/=]{40,})",
            MinEntropy = 3.5,
            Positives = ["PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: key\nPublic-Lines: 2\n/kKD4kSG60mOnMRo3HIibxnYgi5aO7fiKY889iJFctqaGnMZqSicn7Bgdx1HiHIJ\nbJqeOb/YqeckjqtzhWyw\nPrivate-Lines: 1\nkWaJcJiyZT7uiXEZaVFPLMhZzuYi5zJ7kN94b+gsvsnsYiCFA/xBF3/VdArnC64n"],
            Negatives = ["PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none"],
        },
        new()
        {
            Id = "RMP-SECRET-095", Title = "Private key of another PEM kind", Severity = Severity.High,
            Keywords = ["private key-----"], Lines = KeyLines,
            Pattern = @"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:\\r|\\n|\s)+(?:[A-Za-z-]+:[^\n\\]*(?:\\r|\\n|\s)+)*([A-Za-z0-9+/]{40,}[A-Za-z0-9+/=]*)",
            MinEntropy = 3.5,
            Positives = ["-----BEGIN SSH2 ENCRYPTED PRIVATE KEY-----\n0XtRPuyF3Nw4CuFXRyRHvxBYje9AcGFOQgU2obiD5Zl2aMqRw3RhiM5C1EQd2GDl\nC3U2svXkF2sm2Zhv8apfwPtJ2alxWmF3ZivUazgMbLYmrUbv3bLUhFHJakhotP7A", "-----BEGIN X25519 PRIVATE KEY-----\nasO+n24MdAY3y5bWOK49K2R3m5S17e5GbDT0AznIrs9Zdma+omszl4PZirML5il0"],
            Negatives = ["-----BEGIN CERTIFICATE-----\nkOqahCDu6iarmcc4hEUjcKMJNifs8BY+2H1e6dSVhX2Vpa0vUAX7PojWBnFppfLC\n6Y3FOjsDsNIsoTnQ2YiaP+aNqp8btk7Id0mB8TrfC4X6N4pleJj9+pR5VKW7jRxN"],
        },
    ];
}
