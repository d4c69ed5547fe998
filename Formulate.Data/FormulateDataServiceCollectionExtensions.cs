using Formulate.Data.Accuracy;
using Formulate.Data.Entities;
using Formulate.Data.Audit;
using Formulate.Data.Estimates;
using Formulate.Data.Parameters;
using Formulate.Data.People;
using Formulate.Data.Profiles;
using Formulate.Data.Providers;
using Formulate.Data.SelfAssessments;
using Formulate.Data.Schema;
using Formulate.Data.SignOff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Formulate.Data;

public static class FormulateDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (provider from <c>Formulate:Data</c>), a context factory for one
    /// short-lived context per operation, the schema initializer and the stores.
    /// </summary>
    public static IServiceCollection AddFormulateData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<FormulateDataOptions>()
            .Bind(configuration.GetSection(FormulateDataOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IPostConfigureOptions<FormulateDataOptions>, DefaultSqliteConnectionString>());
        services.AddOptions<SignOffOptions>()
            .Bind(configuration.GetSection(SignOffOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<EngineModelOptions>()
            .Bind(configuration.GetSection(EngineModelOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SelfAssessmentOptions>()
            .Bind(configuration.GetSection(SelfAssessmentOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddDbContextFactory<FormulateDbContext, ProviderContextFactory>((provider, builder) =>
            builder.UseFormulateProvider(provider.GetRequiredService<IOptions<FormulateDataOptions>>().Value));

        services.TryAddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.TryAddSingleton<IFormulateDatabaseInitializer, FormulateDatabaseInitializer>();
        services.TryAddSingleton<PersonStore>();
        services.TryAddSingleton<NeedsProfileStore>();
        services.TryAddSingleton<SelfAssessmentStore>();
        services.TryAddSingleton<EstimateSnapshotStore>();
        services.TryAddSingleton<ISignOffPolicy, OptionsSignOffPolicy>();
        services.TryAddSingleton<SignOffStore>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<ParameterVersionStore>();
        services.TryAddSingleton<BenchmarkDatasetStore>();
        services.TryAddSingleton<AccuracySampleStore>();
        services.TryAddSingleton<EstimateFlagStore>();
        return services;
    }
}
