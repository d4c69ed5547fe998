namespace Formulate.Tests.Accuracy.HeldOut;

public sealed class HeldOutCouncilTests
{
    // Written out rather than taken from HeldOutRateKeys, so that a key dropped there fails here.
    private static readonly string[] ConfigurationKeys =
    [
        "rate.home_care", "rate.personal_assistant", "rate.supported_living", "rate.community_support",
        "rate.community_support@learning_disability", "rate.day_service_session.standard", "rate.day_service_session.enhanced",
        "rate.sleep_in_night", "rate.waking_night_hour", "rate.respite_week", "rate.shared_lives.band1", "rate.shared_lives.band2",
        "rate.shared_lives.band3", "fee.care_home.residential.standard", "fee.care_home.residential.enhanced",
        "fee.care_home.nursing.standard", "fee.care_home.nursing.enhanced", "fee.care_home.residential.learning_disability.standard",
        "fee.care_home.residential.learning_disability.enhanced", "fee.care_home.residential.mental_health.standard",
        "fee.care_home.residential.mental_health.enhanced", "rate.care_home.one_to_one_hour", "rate.care_home_staff_hour",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 50)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Drawn_AnySeed_RatesCoverEveryConfigurationKey(int seed)
    {
        var council = HeldOutCouncil.Drawn(seed);

        council.Rates.Keys.ShouldBe(ConfigurationKeys, ignoreOrder: true);
        council.Rates.Values.ShouldAllBe(rate => rate > 0m);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Drawn_AnySeed_RatesAndHabitsStayWithinPublishedPractice(int seed)
    {
        var council = HeldOutCouncil.Drawn(seed);

        council.Name.ShouldBe($"Held-out council {seed}");
        council.MinimumCallMinutes.ShouldBeOneOf(30, 45);
        council.CoreHoursPerSupportedLivingHouse.ShouldBeInRange(84m, 168m);
        council.Rate(HeldOutRateKeys.HomeCare).ShouldBeInRange(21.50m, 28.50m);
        council.Rate(HeldOutRateKeys.DayServiceStandard).ShouldBeLessThan(council.Rate(HeldOutRateKeys.DayServiceEnhanced));
        council.Rate(HeldOutRateKeys.SharedLivesBand1).ShouldBeLessThan(council.Rate(HeldOutRateKeys.SharedLivesBand2));
        council.Rate(HeldOutRateKeys.SharedLivesBand2).ShouldBeLessThan(council.Rate(HeldOutRateKeys.SharedLivesBand3));
        council.Rate(HeldOutRateKeys.ResidentialStandard).ShouldBeLessThan(council.Rate(HeldOutRateKeys.ResidentialEnhanced));
        council.Rate(HeldOutRateKeys.NursingStandard).ShouldBeLessThan(council.Rate(HeldOutRateKeys.NursingEnhanced));
    }

    [Fact]
    public void Drawn_SameSeed_SameCouncil()
    {
        var first = HeldOutCouncil.Drawn(9);
        var second = HeldOutCouncil.Drawn(9);

        second.Rates.ShouldBe(first.Rates, ignoreOrder: true);
        second.MinimumCallMinutes.ShouldBe(first.MinimumCallMinutes);
        second.CoreHoursPerSupportedLivingHouse.ShouldBe(first.CoreHoursPerSupportedLivingHouse);
        second.RespiteWeeksByBreakNeed.ShouldBe(first.RespiteWeeksByBreakNeed);
    }

    [Fact]
    public void Drawn_ManySeeds_HabitsVary()
    {
        var councils = Enumerable.Range(0, 40).Select(HeldOutCouncil.Drawn).ToList();

        councils.Select(council => council.MinimumCallMinutes).Distinct().Count().ShouldBe(2);
        councils.Select(council => council.FamilyLivingInCoversNights).Distinct().Count().ShouldBe(2);
        councils.Select(council => council.CoreHoursPerSupportedLivingHouse).Distinct().Count().ShouldBeGreaterThan(5);
    }
}
