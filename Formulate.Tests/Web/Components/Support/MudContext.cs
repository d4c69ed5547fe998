using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Formulate.Tests.Web.Components.Support;

/// <summary>
/// A bUnit context with MudBlazor's services, for component tests. xunit 2 disposes a test class synchronously, and a
/// BunitContext only asynchronously, so a test class holds one of these and disposes it in its own DisposeAsync.
/// </summary>
internal static class MudContext
{
    public static BunitContext Create()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}
