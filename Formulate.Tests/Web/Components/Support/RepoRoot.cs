namespace Formulate.Tests.Web.Components.Support;

internal static class RepoRoot
{
    private static readonly Lazy<string> Path = new(Find);

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path.Value, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Formulate.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Formulate.sln.");
    }
}
