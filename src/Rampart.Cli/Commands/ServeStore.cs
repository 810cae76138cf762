using Microsoft.AspNetCore.Routing;
using Rampart.Store;
using Rampart.Store.Api;
using Rampart.Store.Auth;
using Rampart.Store.Dashboard;

namespace Rampart.Cli.Commands;

/// <summary>
/// The findings store as <c>rampart serve --store</c> hosts it: the store opened (migrations applied) and its API
/// under <c>/api/v1</c> mapped beside the webhook, with team tokens and the admin token of
/// <c>--admin-token-file</c> or <c>RAMPART_ADMIN_TOKEN</c>.
/// </summary>
internal sealed class ServeStore : IAsyncDisposable
{
    private ServeStore(FindingStore store, StoreAuth auth)
    {
        Store = store;
        Endpoints = app => app.MapRampartStoreApi(store, auth).MapRampartDashboard(store, auth);
    }

    public FindingStore Store { get; }

    /// <summary>The endpoint group to give <c>ServeOptions.EndpointGroups</c>.</summary>
    public Action<IEndpointRouteBuilder> Endpoints { get; }

    public static async Task<ServeStore> OpenAsync(StoreDatabase database, string? adminTokenFile, Func<string, string?> environment, CancellationToken cancellation)
    {
        var store = await FindingStore.OpenAsync(database, cancellation: cancellation).ConfigureAwait(false);
        return new ServeStore(store, new StoreAuth(store.Tokens, StoreAuth.ReadAdminToken(adminTokenFile, environment)));
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
