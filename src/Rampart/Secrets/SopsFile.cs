namespace Rampart.Secrets;

/// <summary>
/// A file SOPS encrypted: YAML with a top-level <c>sops:</c> block, JSON with a <c>"sops"</c> object holding its
/// <c>mac</c>, or a dotenv or INI file with <c>sops_mac</c>. Its values are <c>ENC[…]</c>, safe in Git.
/// </summary>
internal static class SopsFile
{
    public static bool IsEncrypted(ReadOnlySpan<byte> content)
    {
        if (content.IndexOf("ENC[AES256_GCM,"u8) < 0 && content.IndexOf("sops_mac"u8) < 0)
        {
            return false;
        }

        return content.IndexOf("\nsops:"u8) >= 0 || content.StartsWith("sops:"u8) || content.IndexOf("\"sops\""u8) >= 0 || content.IndexOf("sops_mac"u8) >= 0;
    }
}
