using Formulate.Tests.Data.Infrastructure;
using Formulate.Web.SelfAssessments;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>Text messages sent to a stand-in for GOV.UK Notify on loopback, which checks the token as Notify does.</summary>
public sealed class SelfAssessmentSmsTests : IDisposable
{
    private readonly FixedTimeProvider _clock = new();
    private readonly NotifyServer _notify;

    public SelfAssessmentSmsTests() => _notify = new NotifyServer(() => _clock.Now);

    public void Dispose() => _notify.Dispose();

    [Fact]
    public async Task SendReturnCodeAsync_WithTheApiKey_IsAcceptedWithTheNumberTemplateAndMessage()
    {
        var sent = await Sms(NotifyServer.ApiKey).SendReturnCodeAsync("+447700900982", "SA-ABCD-2346", "123456", 30, CancellationToken.None);

        sent.ShouldBeTrue();
        _notify.Received.ShouldBe([new TextMessage("+447700900982", NotifyServer.TemplateId,
            "Your code is 123456. Use it with your reference, SA-ABCD-2346, to carry on with your self-assessment. It works for 30 minutes.")]);
    }

    [Fact]
    public async Task SendReturnCodeAsync_TokenSignedWithAnotherSecret_IsRefusedAndSaysNotSent()
    {
        var otherSecret = $"formulate_test-{NotifyServer.ServiceId}-{Guid.NewGuid()}";

        var sent = await Sms(otherSecret).SendReturnCodeAsync("+447700900982", "SA-ABCD-2346", "123456", 30, CancellationToken.None);

        sent.ShouldBeFalse();
        _notify.Received.ShouldBeEmpty();
        _notify.Refused.ShouldBe(["Invalid token: signature, api token not found"]);
    }

    [Fact]
    public async Task SendReturnCodeAsync_TokenIssuedMoreThan30SecondsAgo_IsRefused()
    {
        var sms = Sms(NotifyServer.ApiKey, new FixedTimeProvider(_clock.Now.AddSeconds(-31)));

        (await sms.SendReturnCodeAsync("+447700900982", "SA-ABCD-2346", "123456", 30, CancellationToken.None)).ShouldBeFalse();

        _notify.Refused.ShouldBe(["Invalid token: expired, check that your system clock is accurate"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-notify-key")]
    public async Task SendInvitationAsync_NoKeyOrNotANotifyKey_SendsNothing(string? apiKey)
    {
        var sms = Sms(apiKey);

        (await sms.SendInvitationAsync("+447700900982", "https://council.example/self-assessment/invitation/X", 28, CancellationToken.None)).ShouldBeFalse();

        _notify.Received.ShouldBeEmpty();
        _notify.Refused.ShouldBeEmpty();
    }

    private SelfAssessmentSms Sms(string? apiKey, TimeProvider? clock = null) => new(
        new LoopbackClients(),
        Options.Create(new SmsOptions { BaseUrl = _notify.BaseUrl, ApiKey = apiKey, TemplateId = NotifyServer.TemplateId }),
        clock ?? _clock,
        NullLogger<SelfAssessmentSms>.Instance);

    private sealed class LoopbackClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
