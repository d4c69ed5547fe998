using System.Text.RegularExpressions;
using Formulate.Data.SelfAssessments;
using Formulate.Tests.Web.Support;
using Formulate.Web.People;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>
/// The app with its own database, sending e-mail to a real SMTP server and text messages to a stand-in for GOV.UK Notify,
/// both on loopback, that the tests read.
/// </summary>
public sealed partial class SelfAssessmentWebApp : IDisposable
{
    public SelfAssessmentWebApp()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">More settings for the app, such as letting people ask without an invitation.</param>
    internal SelfAssessmentWebApp(IReadOnlyDictionary<string, string?> settings)
    {
        Smtp = SimpleSmtpServer.Start(LoopbackPort.Free());
        Notify = new NotifyServer(() => App!.Clock.Now);
        App = FormulateWebFactory.WithFreshDatabase(new Dictionary<string, string?>(settings)
        {
            ["Formulate:Sms:BaseUrl"] = Notify.BaseUrl,
            ["Formulate:Sms:ApiKey"] = NotifyServer.ApiKey,
            ["Formulate:Sms:TemplateId"] = NotifyServer.TemplateId,
            ["Formulate:Mail:Host"] = "127.0.0.1",
            ["Formulate:Mail:Port"] = Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Formulate:Mail:From"] = "council@example.org",
        });
    }

    public FormulateWebFactory App { get; }

    public SimpleSmtpServer Smtp { get; }

    public NotifyServer Notify { get; }

    public SelfAssessmentStore Store => App.Services.GetRequiredService<SelfAssessmentStore>();

    /// <summary>An invitation for the first person on the demo practitioner's caseload, as a practitioner creates it.</summary>
    public async Task<(Guid PersonId, SelfAssessmentInvitation Invitation)> InviteAsync(int caseloadPosition = 0)
    {
        var person = (await App.Services.GetRequiredService<PeopleService>().ListCaseloadAsync(CaseWorkers.Practitioner()))[caseloadPosition];
        return (person.PersonId, await Store.InviteAsync(person.PersonId, "2025.1", "demo.practitioner"));
    }

    /// <summary>The last code e-mailed to <paramref name="to"/>, waiting a little for it to arrive.</summary>
    public async Task<string> LastCodeSentToAsync(string to)
    {
        for (var i = 0; i < 50; i++)
        {
            var mail = Smtp.ReceivedEmail.LastOrDefault(m => m.ToAddresses.Any(a => a.Address == to) && m.Subject.Contains("code", StringComparison.Ordinal));
            if (mail is not null && CodeIn().Match(mail.MessageParts[0].BodyData) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No code was e-mailed to {to}.");
    }

    /// <summary>The last code texted to <paramref name="phoneNumber"/> (as +447...), waiting a little for it to arrive.</summary>
    public async Task<string> LastCodeTextedToAsync(string phoneNumber)
    {
        for (var i = 0; i < 50; i++)
        {
            if (Notify.Received.LastOrDefault(m => m.PhoneNumber == phoneNumber) is { } text && CodeIn().Match(text.Body) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No code was texted to {phoneNumber}; Notify refused: {string.Join("; ", Notify.Refused)}");
    }

    public void Dispose()
    {
        App.Dispose();
        Smtp.Dispose();
        Notify.Dispose();
    }

    [GeneratedRegex(@"Your code is (\d{6})\.")]
    private static partial Regex CodeIn();
}
