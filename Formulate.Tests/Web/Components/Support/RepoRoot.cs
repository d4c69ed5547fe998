namespace Formulate.Tests.Web.Components.Support;

internal static class RepoRoot
{
    private static readonly Lazy<string> Path = new(Find);

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path.Value, .. parts]);

    /// <summary>A project's files matching <paramref name="pattern"/>, without what the build writes into bin and obj.</summary>
    public static IEnumerable<string> SourceFiles(string project, string pattern = "*.cs")
    {
        var root = Combine(project);
        return Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Where(file => !System.IO.Path.GetRelativePath(root, file).Split(System.IO.Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
    }

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
