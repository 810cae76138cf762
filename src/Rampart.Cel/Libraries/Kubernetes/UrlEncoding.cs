namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>The component an escape or unescape applies to (Go's net/url encoding modes).</summary>
internal enum UrlEncoding
{
    Path,
    PathSegment,
    Host,
    Zone,
    UserPassword,
    QueryComponent,
    Fragment,
}
