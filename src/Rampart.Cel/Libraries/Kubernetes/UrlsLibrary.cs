using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// The Kubernetes URL library (<c>kubernetes.urls</c>): url, isURL and the accessors getScheme, getHost,
/// getHostname, getPort, getEscapedPath and getQuery, with Go's net/url rules.
/// </summary>
internal sealed class UrlsLibrary : ICelLibrary
{
    public static UrlsLibrary Instance { get; } = new();

    private static readonly CelType U = KubernetesTypes.Url;
    private static readonly CelType S = CelType.String;
    private static readonly CelCallCost Traversal = CelCallCost.PerSize(0, 0.1);

    /// <summary>Escaping the path and splitting the query walk them on every call: a tenth of a unit per character.</summary>
    private static readonly CelCallCost PathCost = CelCallCost.Custom(
        args => 1 + (long)Math.Ceiling(0.1 * (Url(args[0]).PathBytes.Length + Url(args[0]).RawPathBytes.Length)),
        _ => new CelCostEstimate(1, ulong.MaxValue));

    private static readonly CelCallCost QueryCost = CelCallCost.Custom(
        args => 1 + (long)Math.Ceiling(0.1 * Url(args[0]).RawQueryBytes.Length),
        _ => new CelCostEstimate(1, ulong.MaxValue));

    public string Name => "kubernetes.urls";

    public void Configure(CelEnvironmentBuilder builder) => builder
        .AddType(U)
        .AddFunction("url", f => f.Global("string_to_url", S, U, s => Parse(((CelString)s).Value), Traversal, ConstantFolding.Fold(a => Parse(((CelString)a[0]).Value))))
        .AddFunction("isURL", f => f.Global("is_url_string", S, CelType.Bool, s => CelBool.Of(GoUrl.ParseRequestUri(((CelString)s).Value).Error is null), Traversal))
        .AddFunction("getScheme", f => f.Member("url_get_scheme", U, S, u => CelString.Of(Url(u).Scheme)))
        .AddFunction("getHost", f => f.Member("url_get_host", U, S, u => CelString.Of(Url(u).Host)))
        .AddFunction("getHostname", f => f.Member("url_get_hostname", U, S, u => CelString.Of(Url(u).GetHostname())))
        .AddFunction("getPort", f => f.Member("url_get_port", U, S, u => CelString.Of(Url(u).GetPort())))
        .AddFunction("getEscapedPath", f => f.Member("url_get_escaped_path", U, S, u => CelString.Of(Url(u).GetEscapedPath()), PathCost))
        .AddFunction("getQuery", f => f.Member("url_get_query", U, CelType.Map(S, CelType.List(S)), Query, QueryCost));

    /// <summary>Checks with ParseRequestURI (absolute URLs and paths only), then keeps Go's Parse result so a fragment stays apart.</summary>
    private static CelValue Parse(string text)
    {
        var (_, requestError) = GoUrl.ParseRequestUri(text);
        if (requestError is not null)
        {
            return new CelError("URL parse error during conversion from string: " + requestError);
        }

        var (url, error) = GoUrl.Parse(text);
        return url is null ? new CelError("URL parse error during conversion from string: " + error) : new UrlValue(url);
    }

    private static CelValue Query(CelValue value)
    {
        var entries = new List<KeyValuePair<CelValue, CelValue>>();
        foreach (var (key, values) in Url(value).GetQuery())
        {
            entries.Add(new(CelString.Of(key), CelList.Wrap([.. values.Select(v => (CelValue)CelString.Of(v))])));
        }

        return CelMap.Of(entries);
    }

    private static GoUrl Url(CelValue value) => ((UrlValue)value).Url;
}
