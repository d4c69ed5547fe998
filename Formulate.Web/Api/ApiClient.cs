namespace Formulate.Web.Api;

/// <summary>Who is calling the API: the name and prefix of the key they used.</summary>
public sealed record ApiClient(string Name, string Prefix);
