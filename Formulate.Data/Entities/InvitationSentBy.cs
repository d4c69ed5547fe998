namespace Formulate.Data.Entities;

/// <summary>How a self-assessment invitation's link was sent to the person.</summary>
public enum InvitationSentBy
{
    /// <summary>Shown to the practitioner, who gives it in a letter or message of their own.</summary>
    Practitioner,

    /// <summary>E-mailed by Formulate.</summary>
    Email,

    /// <summary>Sent by Formulate as a text message.</summary>
    TextMessage,

    /// <summary>Sent by Formulate both by e-mail and as a text message.</summary>
    EmailAndTextMessage,
}
