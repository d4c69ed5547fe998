using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Formulate.Tests.Data.Infrastructure;

public sealed class TestHostEnvironment(string contentRootPath) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Production;

    public string ApplicationName { get; set; } = "Formulate.Tests";

    public string ContentRootPath { get; set; } = contentRootPath;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
