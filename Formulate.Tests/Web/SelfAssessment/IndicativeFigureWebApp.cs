using Formulate.Engine.Parameters;
using Formulate.Web.Configuration;
using Formulate.Web.SelfAssessments;
using Microsoft.Extensions.DependencyInjection;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>The self-assessment app of a council that has published a configuration showing an indicative figure.</summary>
public sealed class IndicativeFigureWebApp : IAsyncLifetime, IDisposable
{
    public SelfAssessmentWebApp Web { get; } = new();

    /// <summary>The configuration version the council published with the figure switched on.</summary>
    public string Configuration { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var drafts = Web.App.Services.GetRequiredService<ConfigurationDrafts>();
        var today = drafts.Today;
        var draft = (await drafts.EditAsync(
            ParameterSetKind.Configuration,
            set => ParameterSetEdits.WithValue(OptionalDecisions.Including(set, IndicativeFigures.PolicyKey), IndicativeFigures.PolicyKey, today, 1m, "Cabinet decision (test): show people a guide figure"),
            "demo.config")).Version!;
        (await Web.App.Services.GetRequiredService<ParameterVersions>().PublishAsync(draft.Id, today, "demo.config")).Succeeded.ShouldBeTrue();
        Configuration = $"{draft.SetId}@{draft.SetVersion}";
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Web.Dispose();
}
