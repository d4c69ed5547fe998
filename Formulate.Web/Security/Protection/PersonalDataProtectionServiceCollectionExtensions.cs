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
            .Configure<IOptions<PersonalDataProtectionOptions>, ILoggerFactory>((keys, settings, loggers) =>
            {
                if (settings.Value.KeyDirectory is { Length: > 0 } directory)
                {
                    keys.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(directory), loggers);
                }
            });
        services.AddSingleton<IPersonalDataProtector, DataProtectionPersonalDataProtector>();
        return services;
    }
}
