using Formulate.Web.Security;
using Formulate.Data.Entities;

namespace Formulate.Web;

internal static partial class WebLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Sign-in by {UserName}: {Outcome}")]
    public static partial void SignInAttempted(ILogger logger, string userName, SignInOutcome outcome);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Formulate is listening on {Addresses}")]
    public static partial void Listening(ILogger logger, string addresses);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Demo accounts are on. Sign in with one of these user names and the password {Password}:{Accounts}")]
    public static partial void DemoAccounts(ILogger logger, string password, string accounts);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "API key {Prefix} ({Name}) created by {UserName}")]
    public static partial void ApiKeyCreated(ILogger logger, string prefix, string name, string userName);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "API key {Prefix} revoked by {UserName}")]
    public static partial void ApiKeyRevoked(ILogger logger, string prefix, string userName);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Sign-in through the organisation's provider refused: {Reason}")]
    public static partial void SsoSignInFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error, Message = "A letter for {CaseReference} could not be printed")]
    public static partial void LetterNotPrinted(ILogger logger, Exception error, string caseReference);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "Signed out {UserName}: {Reason}")]
    public static partial void SessionEnded(ILogger logger, string userName, SessionEnd reason);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "No one could administer accounts, so {UserName} is now an active configuration manager. Sign in as {UserName} with the password {Password}, then choose your own password when Formulate asks for it, so that this one no longer works, and remove Formulate:SignIn:FirstAdministrator.")]
    public static partial void FirstAdministrator(ILogger logger, string userName, string password);
}
