using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Formulate.Tests.Web.Components.Support;

/// <summary>Renders a component to static HTML, as the server does before the circuit starts.</summary>
internal static class Render
{
    public static async Task<string> HtmlAsync<TComponent>(params (string Name, object? Value)[] parameters)
        where TComponent : IComponent
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var parameterView = ParameterView.FromDictionary(parameters.ToDictionary(p => p.Name, p => p.Value));

        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(parameterView)).ToHtmlString());
    }

    /// <summary>Markup given to a component as content, as the fixtures' "html" options are.</summary>
    public static RenderFragment Markup(string html) => builder => builder.AddMarkupContent(0, html);
}
