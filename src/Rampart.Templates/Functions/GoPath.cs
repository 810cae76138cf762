namespace Rampart.Templates.Functions;

/// <summary>Go's path package (slash-separated): Base, Dir, Clean, Ext.</summary>
internal static class GoPath
{
    public static string Clean(string p)
    {
        if (p.Length == 0)
        {
            return ".";
        }

        var rooted = p[0] == '/';
        var parts = new List<string>();
        foreach (var part in p.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add(part);
                }

                continue;
            }

            parts.Add(part);
        }

        var s = (rooted ? "/" : "") + string.Join('/', parts);
        return s.Length == 0 ? "." : s;
    }

    public static string Base(string p)
    {
        if (p.Length == 0)
        {
            return ".";
        }

        p = p.TrimEnd('/');
        if (p.Length == 0)
        {
            return "/";
        }

        var i = p.LastIndexOf('/');
        return i >= 0 ? p[(i + 1)..] : p;
    }

    public static string Dir(string p)
    {
        var i = p.LastIndexOf('/');
        return Clean(p[..(i + 1)]);
    }

    public static string Ext(string p)
    {
        for (var i = p.Length - 1; i >= 0 && p[i] != '/'; i--)
        {
            if (p[i] == '.')
            {
                return p[i..];
            }
        }

        return "";
    }
}
