using Formulate.Data.Entities;

namespace Formulate.Web.Api;

/// <param name="Key">The full key: shown once, never stored.</param>
public sealed record CreatedApiKey(ApiKey Record, string Key);
