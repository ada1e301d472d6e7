package vn.party.gateway.architecture;

import vn.party.testsupport.arch.OneClockCheck;

/** No main class of this service or of the modules it uses reads the system time but PartyClock (issue 19). */
class OneClockTest extends OneClockCheck {

    @Override
    protected String aClassOfThisService() {
        return "vn.party.gateway.report.AnnualReportService";
    }
}
