using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.SelfAssessments;

/// <summary>Where a code to come back is sent, as typed on "Before you start" or a new request, checked.</summary>
public sealed record ContactCheck(string? Email, string? Mobile, string? EmailError, string? MobileError)
{
    /// <summary>At least an e-mail address or a mobile number is needed, and a mobile only when texts can be sent.</summary>
    public static ContactCheck Check(string? typedEmail, string? typedMobileNumber, bool textsConfigured)
    {
        var email = typedEmail?.Trim();
        var typedMobile = textsConfigured ? typedMobileNumber?.Trim() : null;
        var mobile = UkMobileNumber.Normalise(typedMobile);
        var emailError = string.IsNullOrEmpty(email)
            ? (string.IsNullOrEmpty(typedMobile) ? (textsConfigured ? "Enter your e-mail address or your mobile phone number" : "Enter your e-mail address") : null)
            : email.Length > 254 || !new EmailAddressAttribute().IsValid(email) || !email.Contains('.', StringComparison.Ordinal)
                ? "Enter an e-mail address in the correct format, like name@example.com"
            : null;
        var mobileError = !string.IsNullOrEmpty(typedMobile) && mobile is null ? UkMobileNumber.NotAMobile : null;
        return new ContactCheck(string.IsNullOrEmpty(email) ? null : email, mobile, emailError, mobileError);
    }
}
