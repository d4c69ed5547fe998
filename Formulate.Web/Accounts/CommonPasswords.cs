using System.Reflection;
using System.Text.Json;

namespace Formulate.Web.Accounts;

/// <summary>
/// The passwords people choose most often, as found in breached password sets: the common-password list of zxcvbn-ts
/// (npm <c>@zxcvbn-ts/language-common</c>, MIT licence, copyright Dan Wheeler, Dropbox and zxcvbn-ts), about 49,000
/// passwords, embedded in the app at build. Loaded once, and compared whatever the case.
/// </summary>
public sealed class CommonPasswords
{
    public const string ResourceName = "Formulate.Web.Accounts.common-passwords.json";

    private readonly HashSet<string> _passwords;

    public CommonPasswords()
        : this(Load())
    {
    }

    internal CommonPasswords(IEnumerable<string> passwords) => _passwords = new HashSet<string>(passwords, StringComparer.OrdinalIgnoreCase);

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password);

    private static List<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The list of common passwords ({ResourceName}) is missing from the app: build it again, with npm able to install its packages.");
        return JsonSerializer.Deserialize<List<string>>(stream)
            ?? throw new InvalidOperationException($"The list of common passwords ({ResourceName}) is empty.");
    }
}
