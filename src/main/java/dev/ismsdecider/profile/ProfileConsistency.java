package dev.ismsdecider.profile;

import dev.ismsdecider.profile.OrganizationProfile.Ot;

import java.util.ArrayList;
import java.util.List;

/**
 * Facts that cannot both be true. Each error names both JSON paths, so the user sees which two
 * statements disagree; nothing is resolved by guessing which one is right.
 */
final class ProfileConsistency {

    /** No OT asset in service is older than this; a larger age is a typo, not a fact. */
    static final int MAX_ASSET_AGE_YEARS = 100;

    private ProfileConsistency() {
    }

    static List<FactError> check(OrganizationProfile profile) {
        List<FactError> errors = new ArrayList<>();
        Ot ot = profile.ot();
        if (ot != null && ot.oldestAssetAgeYears() != null
                && (ot.oldestAssetAgeYears() < 0 || ot.oldestAssetAgeYears() > MAX_ASSET_AGE_YEARS)) {
            errors.add(new FactError("/ot/oldestAssetAgeYears",
                    "must be between 0 and " + MAX_ASSET_AGE_YEARS + " years, got " + ot.oldestAssetAgeYears()));
        }
        if (ot != null && Boolean.FALSE.equals(ot.present())) {
            checkNoOtWhereOtIsAbsent(profile, errors);
        }
        var organization = profile.organization();
        if (organization != null && Boolean.FALSE.equals(organization.regulated())
                && organization.regulatoryRegimes() != null && !organization.regulatoryRegimes().isEmpty()) {
            errors.add(new FactError("/organization/regulated", "is false, but /organization/regulatoryRegimes/0 names the regime '"
                    + organization.regulatoryRegimes().get(0) + "'"));
        }
        var certification = profile.certification();
        if (certification != null && Boolean.FALSE.equals(certification.iso27001Certified())) {
            if (Boolean.TRUE.equals(certification.iso27001ForMarketAccess())) {
                errors.add(new FactError("/certification/iso27001ForMarketAccess",
                        "is true, but /certification/iso27001Certified is false: a certificate not held cannot open markets"));
            }
            if (Boolean.TRUE.equals(certification.iso27001AsDifferentiator())) {
                errors.add(new FactError("/certification/iso27001AsDifferentiator",
                        "is true, but /certification/iso27001Certified is false: a certificate not held cannot set the organisation apart"));
            }
        }
        checkAcceptanceFitsTheDemand(profile, errors);
        return errors;
    }

    private static void checkNoOtWhereOtIsAbsent(OrganizationProfile profile, List<FactError> errors) {
        for (OtSign sign : OtSign.of(profile)) {
            if (sign.contradictsAbsence()) {
                errors.add(new FactError("/ot/present", "is false, but " + sign.path() + " " + sign.shows()));
            }
        }
    }

    /** A party that demands the certificate itself has, by that demand, accepted nothing in its place. */
    private static void checkAcceptanceFitsTheDemand(OrganizationProfile profile, List<FactError> errors) {
        Indexed.forEach(profile.externalExpectations(), (i, e) -> {
            if (e.expects() == ExpectationKind.ISO_27001_CERTIFICATION && Boolean.TRUE.equals(e.iec62443AcceptedInWriting())) {
                errors.add(new FactError("/externalExpectations/" + i + "/iec62443AcceptedInWriting", "is true, but /externalExpectations/"
                        + i + "/expects is ISO_27001_CERTIFICATION: a party that demands the certificate has not accepted IEC 62443 "
                        + "in its place (use ISO_27001_OR_EQUIVALENT if it accepts an equivalent)"));
            }
        });
    }
}
