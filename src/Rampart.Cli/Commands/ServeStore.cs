using Microsoft.AspNetCore.Routing;
using Rampart.Store;
using Rampart.Store.Api;
using Rampart.Store.Auth;
using Rampart.Store.Dashboard;

namespace Rampart.Cli.Commands;

/// <summary>
/// The findings store as <c>rampart serve --store</c> hosts it: the store opened (migrations applied) with its SLA and
/// retention, its API under <c>/api/v1</c> and its dashboard under <c>/dashboard</c> mapped beside the webhook, with team tokens and the admin token of
/// <c>--admin-token-file</c> or <c>RAMPART_ADMIN_TOKEN</c>, and the recorder of the webhook's decisions.
/// </summary>
internal sealed class ServeStore : IAsyncDisposable
{
    private ServeStore(FindingStore store, StoreAuth auth, string cluster)
    {
        Store = store;
        Endpoints = app => app.MapRampartStoreApi(store, auth).MapRampartDashboard(store, auth);
        Recorder = new StoreAdmissionRecorder(store, cluster);
    }

    public FindingStore Store { get; }

    /// <summary>The endpoint group to give <c>ServeOptions.EndpointGroups</c>.</summary>
    public Action<IEndpointRouteBuilder> Endpoints { get; }

    /// <summary>The recorder to give <c>ServeOptions.Recorder</c>: admission decisions stored under the cluster's name.</summary>
    public StoreAdmissionRecorder Recorder { get; }

    public static async Task<ServeStore> OpenAsync(StoreDatabase database, StoreOptions options, string cluster, string? adminTokenFile, Func<string, string?> environment, CancellationToken cancellation)
    {
        var store = await FindingStore.OpenAsync(database, options, cancellation: cancellation).ConfigureAwait(false);
        return new ServeStore(store, new StoreAuth(store.Tokens, StoreAuth.ReadAdminToken(adminTokenFile, environment)), cluster);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
