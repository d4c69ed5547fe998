using Formulate.Web.Components.Staff;
using MudBlazor.Services;
using Formulate.Web.Accuracy;
using System.Text.Json;
using System.Text.Json.Serialization;
using Formulate.Data.SignOff;
using Formulate.Web.Api;
using Formulate.Web.Configuration;
using Formulate.Web.Health;
using Formulate.Web.Logging;
using Formulate.Web.Startup;
using Formulate.Web.Security;
using Formulate.Web.SignOff;
using Formulate.Web.Security.Protection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Formulate.Web.Letters;
using Formulate.Web.Pdf;
using Formulate.Web.People;
using Formulate.Web.Profiles;
using Formulate.Web.Reproducibility;

namespace Formulate.Web;

public static class FormulateWebServiceCollectionExtensions
{
    /// <summary>Everything the web app needs besides the data layer (<c>AddFormulateData</c>).</summary>
    public static IServiceCollection AddFormulateWeb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddScoped<StaffDialogs>();
        services.AddSingleton<StaffBrandingSource>();

        services.TryAddSingleton(TimeProvider.System);
        // New estimates use the registry's current definition; stored ones re-run with the versions they name.
        // Every shipped definition is known; Formulate:Engine:Model chooses the one in force until a version is published.
        services.TryAddSingleton(provider => EngineRegistry.Shipped(provider.GetRequiredService<IOptions<Formulate.Data.EngineModelOptions>>().Value.Definition));
        services.TryAddSingleton(provider => provider.GetRequiredService<EngineRegistry>().Current);
        services.TryAddSingleton<ReproducibilityCheck>();
        services.TryAddSingleton<ParameterVersions>();
        services.AddOptions<PublishedVersionsRefreshOptions>().BindConfiguration(PublishedVersionsRefreshOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<PublishedVersionsRefresh>();
        services.TryAddSingleton<ConfigurationDrafts>();
        services.TryAddSingleton<ImpactPreviewService>();
        // Replaces the settings-only policy the data layer registers: the approval limit and reasons are versioned configuration.
        services.AddSingleton<ISignOffPolicy, ConfiguredSignOffPolicy>();

        services.AddFormulateSecurity(configuration);
        services.AddPersonalDataProtection();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            ApiProblems.Explain(context);
            CorrelationId.AddTo(context);
        });
        services.ConfigureHttpJsonOptions(options =>
        {
            // The API's JSON, and the OpenAPI document's schemas, read like the engine's own documents.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description =>
                description.RelativePath?.StartsWith(ApiPath.Base[1..], StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ApiKeyOpenApiTransformer>();
        });
        services.AddFormulateHealth();
        services.AddOptions<DatabaseStartupOptions>().BindConfiguration(DatabaseStartupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DatabaseStartup>();
        services.AddSingleton<CaseAccess>();
        services.AddSingleton<ProfileCases>();
        services.AddSingleton<DraftUpgrades>();
        services.AddSingleton<Worktray.PractitionerWorktray>();
        services.AddSingleton<PeopleService>();
        services.AddSingleton<SelfAssessments.SelfAssessmentJourney>();
        services.AddSingleton<SelfAssessments.IndicativeFigures>();
        services.AddSingleton<SelfAssessments.SelfAssessmentSession>();
        services.AddSingleton<SelfAssessments.SelfAssessmentMail>();
        services.AddSingleton<SelfAssessments.SelfAssessmentSms>();
        services.AddHttpClient(SelfAssessments.SelfAssessmentSms.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddOptions<SelfAssessments.SmsOptions>().BindConfiguration(SelfAssessments.SmsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SelfAssessments.SelfAssessmentReviews>();
        services.AddSingleton<SelfAssessments.SelfAssessmentRequests>();
        services.AddOptions<SelfAssessments.MailOptions>().BindConfiguration(SelfAssessments.MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<SelfAssessments.SelfAssessmentRetention>();
        services.AddOptions<AccuracyOptions>().BindConfiguration(AccuracyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<People.CaseReferenceOptions>().BindConfiguration(People.CaseReferenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AccuracyRuns>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<TeamSignOff>();
        services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PdfPrinter>();
        services.AddSingleton<ComponentHtml>();
        services.AddSingleton<DocumentPrinter>();
        services.AddSingleton<LetterService>();
        services.AddSingleton<LetterBatchStore>();
        services.AddSingleton<LetterBatchRunner>();
        return services;
    }
}
