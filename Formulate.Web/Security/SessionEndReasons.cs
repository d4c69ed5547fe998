using Formulate.Data.Entities;

namespace Formulate.Web.Security;

/// <summary>Why a session ended, as the sessions table records it and as the sign-in page says it.</summary>
public static class SessionEndReasons
{
    public static SessionEndReason ToReason(SessionEnd why) => why switch
    {
        SessionEnd.AccountEnded => SessionEndReason.AccountEnded,
        SessionEnd.TimeLimit => SessionEndReason.TimeLimit,
        SessionEnd.PasswordChanged => SessionEndReason.PasswordChanged,
        SessionEnd.Idle => SessionEndReason.Idle,
        _ => SessionEndReason.SignedOut,
    };

    public static SessionEnd ToSessionEnd(SessionEndReason? reason) => reason switch
    {
        SessionEndReason.AccountEnded => SessionEnd.AccountEnded,
        SessionEndReason.TimeLimit => SessionEnd.TimeLimit,
        SessionEndReason.PasswordChanged => SessionEnd.PasswordChanged,
        SessionEndReason.Idle => SessionEnd.Idle,
        _ => SessionEnd.SignedOut,
    };
}
