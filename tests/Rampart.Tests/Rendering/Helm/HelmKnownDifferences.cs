namespace Rampart.Tests.Rendering.Helm;

/// <summary>Corpus cases whose result differs from Go's and Helm's, each with the reason (mirrored in docs/conformance.md).</summary>
internal static class HelmKnownDifferences
{
    public static readonly IReadOnlyDictionary<string, string> Cases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sprig-encoding/derivePassword/basic"] = "derivePassword (the Master Password algorithm over scrypt) is not implemented",
        ["sprig-encoding/derivePassword/maximum"] = "derivePassword (the Master Password algorithm over scrypt) is not implemented",
        ["sprig-encoding/genPrivateKey/rsa"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/genPrivateKey/ecdsa"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/genPrivateKey/ed25519"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/genPrivateKey/unknown"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/genCA/cert-pem"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/genCA/key-pem"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/genSelfSignedCert/pem"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/genSignedCert/pem"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/genCAWithKey/pem"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/genSelfSignedCertWithKey/pem"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/buildCustomCert/invalid"] = "key and certificate generation (genPrivateKey, genCA, genSelfSignedCert, genSignedCert, *WithKey, buildCustomCert) is not implemented: it produces fresh secrets no scan can check",
        ["sprig-encoding/randBytes/len"] = "strings are UTF-16 text here, not Go's byte strings: b64dec of random bytes that are not UTF-8 changes their length",
        ["text-template/literal/imaginary"] = "complex number constants are parsed but not carried as complex values (only their real part is kept)",
    };

    /// <summary>Goldens (by file name) whose rendering differs, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> Goldens = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
