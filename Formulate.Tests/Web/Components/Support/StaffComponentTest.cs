using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Formulate.Tests.Web.Components.Support;

/// <summary>
/// A bUnit context with MudBlazor's services, held rather than inherited: with xunit 2 the context must be disposed
/// asynchronously, which <see cref="IAsyncLifetime.DisposeAsync"/> does.
/// </summary>
public abstract class StaffComponentTest : IAsyncLifetime
{
    protected StaffComponentTest()
    {
        Context.Services.AddMudServices();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected BunitContext Context { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
