using Formulate.Web.Security.Sso;

namespace Formulate.Web.Components.Pages;

/// <summary>What the sign-in page tells someone whose sign-in through their organisation was refused: what went wrong, and what to do.</summary>
internal static class SsoRefusalMessages
{
    public static string For(SsoRefusal refusal) => refusal switch
    {
        SsoRefusal.WrongTenant =>
            "the account you chose belongs to a different organisation (Microsoft Entra tenant) from the one Formulate is set up for. Sign in again with your work account for this council",
        SsoRefusal.WrongIssuer =>
            "the sign-in came from an identity provider that Formulate is not set up to trust. Start again from this page; if it happens again, ask your IT service desk to check Formulate's single sign-on settings",
        SsoRefusal.WrongAudience =>
            "the sign-in was issued for a different application. Ask your IT service desk to check the client id Formulate is set up with",
        SsoRefusal.Expired =>
            "the sign-in had expired before it reached Formulate. Check that your computer's clock is right, then try again",
        SsoRefusal.BadSignature =>
            "the sign-in's signature did not match your organisation's published keys. Try again; if it happens again, tell your IT service desk",
        SsoRefusal.ReplayedNonce =>
            "the sign-in that came back was not the one this page started, perhaps because it was used before. Start again from this page",
        SsoRefusal.NotStartedHere =>
            "the sign-in came back to a different browser or tab from the one that started it, or took too long. Start again from this page",
        SsoRefusal.Unmapped =>
            "your account has not been given access to Formulate. Ask your IT service desk to add you to one of Formulate's groups or app roles",
        SsoRefusal.Deactivated =>
            "your Formulate account has been deactivated. Ask your Formulate administrator to reactivate it if you still need access",
        SsoRefusal.UserNameTaken =>
            "a different Formulate account already has your user name. Ask your Formulate administrator to rename or remove that account",
        SsoRefusal.DeniedAtProvider =>
            "you cancelled, or your organisation did not let you sign in to Formulate. Try again, or ask your IT service desk to check that you have access to Formulate",
        SsoRefusal.ClientRejected =>
            "your organisation's sign-in service did not accept Formulate's own credential (its certificate or client secret). Nothing is wrong with your account: tell your IT service desk, who need to renew or register Formulate's certificate or secret in the app registration",
        _ =>
            "something went wrong between Formulate and your organisation's sign-in. Try again, or ask your IT service desk to check that you have access to Formulate",
    };
}
