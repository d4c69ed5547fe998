namespace Formulate.Tests.Web.Authorization;

/// <summary>Who calls an endpoint in the authorisation matrix: nobody, a person signed in with one role, or another system with an API key.</summary>
public enum Caller
{
    Anonymous,
    Practitioner,
    TeamManager,
    ConfigurationManager,
    Auditor,
    ApiClient,
}
