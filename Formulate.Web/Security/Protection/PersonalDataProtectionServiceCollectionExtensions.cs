using Formulate.Data.Protection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Formulate.Web.Security.Protection;

internal static class PersonalDataProtectionServiceCollectionExtensions
{
    public const string ApplicationName = "Formulate";

    public static IServiceCollection AddPersonalDataProtection(this IServiceCollection services)
    {
        services.AddOptions<PersonalDataProtectionOptions>().BindConfiguration(PersonalDataProtectionOptions.SectionName);
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<PersonalDataProtectionOptions>, ILoggerFactory, IServiceProvider>((keys, settings, loggers, provider) =>
            {
                if (settings.Value.KeyStore == KeyStore.Database)
                {
                    // Shared by every instance through the database; any key directory is only read, to copy its keys in (DatabaseKeyStore).
                    keys.XmlRepository = provider.GetRequiredService<DatabaseXmlRepository>();
                }
                else if (settings.Value.KeyDirectory is { Length: > 0 } directory)
                {
                    // Not created here: a missing directory while the database holds protected data means lost keys (PersonalDataKeyRing).
                    keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(directory), loggers);
                }
            });
        services.AddSingleton<IPersonalDataProtector, DataProtectionPersonalDataProtector>();
        services.AddSingleton<PersonalDataKeyRing>();
        services.AddSingleton<KeyRingEncryption>();
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddSingleton<IPersonalDataKeyStore, DatabaseKeyStore>();
        return services;
    }
}
