#include "core/extract/temporaltagger.h"

#include <QFile>
#include <QTest>

using Faultline::DateSpan;
using Faultline::TemporalTagger;
using Faultline::TimeExpression;

namespace {

// sentence, reference day (or empty), expected text, TIMEX3 type and value,
// span start and end in ISO at the span's precision (empty when unresolved),
// and the span's precision. An empty expected text means: no expression at all.
struct Row
{
    const char *sentence;
    const char *reference;
    const char *text;
    const char *type;
    const char *value;
    const char *start;
    const char *end;
    const char *precision;
};

// clang-format off
constexpr Row rows[] = {
    // --- explicit dates in their common forms
    {"Talks opened in Doha on 12 September 2020.", "", "12 September 2020", "DATE", "2020-09-12", "2020-09-12", "2020-09-12", "day"},
    {"The ceasefire took effect on September 14, 2020, in Yemen.", "", "September 14, 2020", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"Houthi forces seized Sanaa on Sept. 21, 2014.", "", "Sept. 21, 2014", "DATE", "2014-09-21", "2014-09-21", "2014-09-21", "day"},
    {"The Saudi-led coalition began airstrikes on March 26, 2015.", "", "March 26, 2015", "DATE", "2015-03-26", "2015-03-26", "2015-03-26", "day"},
    {"Russia invaded Ukraine on 24 February 2022.", "", "24 February 2022", "DATE", "2022-02-24", "2022-02-24", "2022-02-24", "day"},
    {"Fighting erupted in Khartoum on 15 April 2023 between the army and the RSF.", "", "15 April 2023", "DATE", "2023-04-15", "2023-04-15", "2023-04-15", "day"},
    {"Hamas attacked Israel on 7 October 2023.", "", "7 October 2023", "DATE", "2023-10-07", "2023-10-07", "2023-10-07", "day"},
    {"The military seized power in Myanmar on February 1, 2021.", "", "February 1, 2021", "DATE", "2021-02-01", "2021-02-01", "2021-02-01", "day"},
    {"The Tigray war began on 4 Nov 2020.", "", "4 Nov 2020", "DATE", "2020-11-04", "2020-11-04", "2020-11-04", "day"},
    {"Kabul fell to the Taliban on Aug. 15, 2021.", "", "Aug. 15, 2021", "DATE", "2021-08-15", "2021-08-15", "2021-08-15", "day"},
    {"The chemical attack in Ghouta took place on 21 August 2013.", "", "21 August 2013", "DATE", "2013-08-21", "2013-08-21", "2013-08-21", "day"},
    {"The FARC peace deal was signed on November 24, 2016, in Bogota.", "", "November 24, 2016", "DATE", "2016-11-24", "2016-11-24", "2016-11-24", "day"},
    {"South Sudan's civil war broke out on 15th December 2013.", "", "15th December 2013", "DATE", "2013-12-15", "2013-12-15", "2013-12-15", "day"},
    {"Soldiers mutinied in Bamako on 22 March 2012.", "", "22 March 2012", "DATE", "2012-03-22", "2012-03-22", "2012-03-22", "day"},
    {"Talks resumed on the 14th of September, 2020.", "", "the 14th of September, 2020", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"The report is dated 2020-09-14.", "", "2020-09-14", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"Casualty figures were updated on 2023/10/12.", "", "2023/10/12", "DATE", "2023-10-12", "2023-10-12", "2023-10-12", "day"},
    {"The log entry is stamped 2022-02-24T04:50:00Z.", "", "2022-02-24", "DATE", "2022-02-24", "2022-02-24", "2022-02-24", "day"},
    {"The attack occurred on 14/09/2020 near Kandahar.", "", "14/09/2020", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"Documents dated 09/14/2020 were leaked.", "", "09/14/2020", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"The vote was held on 30.12.2018 in Kinshasa.", "", "30.12.2018", "DATE", "2018-12-30", "2018-12-30", "2018-12-30", "day"},
    {"Fighting began Wed., Nov. 4, 2020, in Tigray.", "", "Wed., Nov. 4, 2020", "DATE", "2020-11-04", "2020-11-04", "2020-11-04", "day"},
    {"Clashes broke out in Juba on Sunday, December 15, 2013.", "", "Sunday, December 15, 2013", "DATE", "2013-12-15", "2013-12-15", "2013-12-15", "day"},
    {"The accord was signed in Addis Ababa on 2 November 2022.", "", "2 November 2022", "DATE", "2022-11-02", "2022-11-02", "2022-11-02", "day"},
    {"Wagner fighters entered Bakhmut on 1st August 2022.", "", "1st August 2022", "DATE", "2022-08-01", "2022-08-01", "2022-08-01", "day"},
    {"The M23 captured Goma on November 20, 2012.", "", "November 20, 2012", "DATE", "2012-11-20", "2012-11-20", "2012-11-20", "day"},
    {"French troops landed in Mali on Jan. 11, 2013.", "", "Jan. 11, 2013", "DATE", "2013-01-11", "2013-01-11", "2013-01-11", "day"},
    {"The Rohingya exodus began on 25 Aug. 2017.", "", "25 Aug. 2017", "DATE", "2017-08-25", "2017-08-25", "2017-08-25", "day"},
    {"Gaddafi was killed on October 20 2011 near Sirte.", "", "October 20 2011", "DATE", "2011-10-20", "2011-10-20", "2011-10-20", "day"},
    {"The strike on 31 February 2020 never happened.", "", "February 2020", "DATE", "2020-02", "2020-02", "2020-02", "month"},
    {"Talks opened in Doha on 12-13 September 2020.", "", "12-13 September 2020", "DATE", "2020-09-12", "2020-09-12", "2020-09-13", "day"},
    {"Delegates met in Jeddah from May 6-7, 2023.", "", "May 6-7, 2023", "DATE", "2023-05-06", "2023-05-06", "2023-05-07", "day"},

    // --- month and year
    {"The United States and the Taliban signed a deal in February 2020.", "", "February 2020", "DATE", "2020-02", "2020-02", "2020-02", "month"},
    {"Clashes intensified in Feb. 2020 around Idlib.", "", "Feb. 2020", "DATE", "2020-02", "2020-02", "2020-02", "month"},
    {"Clashes intensified in Feb 2020 around Idlib.", "", "Feb 2020", "DATE", "2020-02", "2020-02", "2020-02", "month"},
    {"The offensive on Marib began in January of 2021.", "", "January of 2021", "DATE", "2021-01", "2021-01", "2021-01", "month"},
    {"Elections were held in December, 2018, in Congo.", "", "December, 2018", "DATE", "2018-12", "2018-12", "2018-12", "month"},
    {"Mosul was retaken in July 2017.", "", "July 2017", "DATE", "2017-07", "2017-07", "2017-07", "month"},
    {"In March 2011 protests began in Deraa.", "", "March 2011", "DATE", "2011-03", "2011-03", "2011-03", "month"},
    {"By May 2021 the Tatmadaw had killed hundreds of protesters.", "", "May 2021", "DATE", "2021-05", "2021-05", "2021-05", "month"},
    {"The ELN resumed attacks in Sept. 2019 in Arauca.", "", "Sept. 2019", "DATE", "2019-09", "2019-09", "2019-09", "month"},
    {"Al-Shabab was expelled from Mogadishu in August 2011.", "", "August 2011", "DATE", "2011-08", "2011-08", "2011-08", "month"},
    {"The siege of Mariupol ended in May 2022.", "", "May 2022", "DATE", "2022-05", "2022-05", "2022-05", "month"},
    {"Fighting resumed in late March 2023 in Khartoum.", "", "late March 2023", "DATE", "2023-03", "2023-03-21", "2023-03-31", "day"},
    {"Troops massed on the border in mid-January 2022.", "", "mid-January 2022", "DATE", "2022-01", "2022-01-11", "2022-01-20", "day"},

    // --- years
    {"In 2015, Pakistan hosted the first face-to-face talks.", "", "2015", "DATE", "2015", "2015", "2015", "year"},
    {"Pakistan freed Baradar from prison in 2018.", "", "2018", "DATE", "2018", "2018", "2018", "year"},
    {"The group has controlled the area since 2001.", "", "2001", "DATE", "2001", "2001", "2001", "year"},
    {"The 2015 talks collapsed after the announcement.", "", "2015", "DATE", "2015", "2015", "2015", "year"},
    {"The war has raged since 2014 in the Donbas.", "", "2014", "DATE", "2014", "2014", "2014", "year"},
    {"Between 2016 and 2018, the army fought militants in the south.", "", "2016", "DATE", "2016", "2016", "2016", "year"},
    {"Between 2016 and 2018, the army fought militants in the south.", "", "2018", "DATE", "2018", "2018", "2018", "year"},
    {"Pakistan's 2015 initiative failed.", "", "2015", "DATE", "2015", "2015", "2015", "year"},
    {"2018 saw a rise in attacks in the Sahel.", "", "2018", "DATE", "2018", "2018", "2018", "year"},
    {"2017's offensive on Raqqa destroyed the city.", "", "2017", "DATE", "2017", "2017", "2017", "year"},
    {"The attack on the Westgate mall in 2013 killed 67 people.", "", "2013", "DATE", "2013", "2013", "2013", "year"},
    {"Fighting resumed in late 2016 in Aleppo.", "", "late 2016", "DATE", "2016", "2016-09", "2016-12", "season"},
    {"The insurgency spread in early 2012 across northern Mali.", "", "early 2012", "DATE", "2012", "2012-01", "2012-04", "season"},
    {"Refugees arrived in mid-2015.", "", "mid-2015", "DATE", "2015", "2015-05", "2015-08", "season"},
    {"The war started around 2015.", "", "around 2015", "DATE", "2015", "2015", "2015", "year"},
    {"The militia was formed before 2010.", "", "2010", "DATE", "2010", "2010", "2010", "year"},
    {"The regime has bombed the province after 2012.", "", "2012", "DATE", "2012", "2012", "2012", "year"},
    {"The ceasefire collapsed at the end of 2019.", "", "the end of 2019", "DATE", "2019", "2019-09", "2019-12", "season"},
    {"The group emerged about 2009.", "", "about 2009", "DATE", "2009", "2009", "2009", "year"},
    {"The 1994 genocide killed about 800,000 people.", "", "1994", "DATE", "1994", "1994", "1994", "year"},
    {"Colombia's conflict has claimed lives since 1964.", "", "1964", "DATE", "1964", "1964", "1964", "year"},
    {"The Dayton accords of 1995 ended the Bosnian war.", "", "1995", "DATE", "1995", "1995", "1995", "year"},
    {"Eritrea and Ethiopia fought from 1998 to 2000.", "", "1998", "DATE", "1998", "1998", "1998", "year"},
    {"Eritrea and Ethiopia fought from 1998 to 2000.", "", "2000", "DATE", "2000", "2000", "2000", "year"},
    {"The 2014-2016 offensive failed.", "", "2014", "DATE", "2014", "2014", "2014", "year"},
    {"The 2014-2016 offensive failed.", "", "2016", "DATE", "2016", "2016", "2016", "year"},
    {"The treaty of 1648 is often cited.", "", "1648", "DATE", "1648", "1648", "1648", "year"},
    {"Until 2019, the rebels held the town.", "", "2019", "DATE", "2019", "2019", "2019", "year"},
    {"Elections are due in 2024.", "", "2024", "DATE", "2024", "2024", "2024", "year"},

    // --- numbers that are not years, and other non-dates
    {"About 2,000 troops were deployed to Mali.", "", "", "", "", "", "", ""},
    {"Resolution 2118 required Syria to destroy its chemical weapons.", "", "", "", "", "", "", ""},
    {"Resolution 2254 calls for a political transition in Syria.", "", "", "", "", "", "", ""},
    {"Egypt bought F-16 jets.", "", "", "", "", "", "", ""},
    {"Call +967 1 2015 4455 for help.", "", "", "", "", "", "", ""},
    {"Some 1.5 million people have fled.", "", "", "", "", "", "", ""},
    {"2015 people were killed in the clashes.", "", "", "", "", "", "", ""},
    {"The convoy had 2019 vehicles.", "", "", "", "", "", "", ""},
    {"The army lost about 2015 soldiers.", "", "", "", "", "", "", ""},
    {"Flight 2017 landed in Goma.", "", "", "", "", "", "", ""},
    {"The Vision 2030 plan was announced.", "", "", "", "", "", "", ""},
    {"He paid $2015 in bribes.", "", "", "", "", "", "", ""},
    {"The Kalashnikov AK-47 is common.", "", "", "", "", "", "", ""},
    {"UN Security Council Resolution 2401 demanded a truce.", "", "", "", "", "", "", ""},
    {"Some 2000 fighters surrendered.", "", "", "", "", "", "", ""},
    {"At least 1,200 civilians died.", "", "", "", "", "", "", ""},
    {"The 3.5 km road was cut.", "", "", "", "", "", "", ""},
    {"They carried 120 mm mortars.", "", "", "", "", "", "", ""},
    {"Ceasefire 2.0 was proposed.", "", "", "", "", "", "", ""},
    {"The count reached 2020 votes.", "", "", "", "", "", "", ""},
    {"The form dated 03/04/2020 was lost.", "", "", "", "", "", "", ""},
    {"Brigade 2016 was disbanded.", "", "", "", "", "", "", ""},
    {"Jan Egeland visited the camps.", "", "", "", "", "", "", ""},
    {"May God protect us, the imam said.", "", "", "", "", "", "", ""},
    {"They will march on the capital.", "", "", "", "", "", "", ""},
    {"The Arab Spring began in Tunisia.", "", "", "", "", "", "", ""},
    {"The Taliban's spring offensive began.", "", "", "", "", "", "", ""},
    {"The fall of Kabul shocked the world.", "", "", "", "", "", "", ""},
    {"Most fighters are in their 20s.", "", "", "", "", "", "", ""},
    {"The 19-year-old fighter was killed.", "", "", "", "", "", "", ""},
    {"He is 19 years old.", "", "", "", "", "", "", ""},
    {"He quoted John 3:16 to the crowd.", "", "", "", "", "", "", ""},
    {"Aid must arrive as soon as possible.", "", "", "", "", "", "", ""},
    {"The Daily Star reported the clash.", "", "", "", "", "", "", ""},
    {"Sudan's army and the RSF clashed in Darfur.", "", "", "", "", "", "", ""},
    {"A total of 2,500 homes were destroyed in Gaza.", "", "", "", "", "", "", ""},
    {"The UN counted 14,000 deaths in the Donbas.", "", "", "", "", "", "", ""},
    {"The MiG-29 crashed near Kharkiv.", "", "", "", "", "", "", ""},
    {"Route 2020 remains closed.", "", "", "", "", "", "", ""},
    {"The score was 3:1 at the end.", "", "", "", "", "", "", ""},
    {"The March 23 Movement seized Goma.", "", "", "", "", "", "", ""},
    {"Activists of the April 6 Youth Movement gathered in Cairo.", "", "", "", "", "", "", ""},
    {"Bloody Sunday is remembered in Derry.", "", "", "", "", "", "", ""},
    {"The Sunday Times reported the deal.", "", "", "", "", "", "", ""},
    {"Theresa May visited Kabul.", "", "", "", "", "", "", ""},
    {"Worshippers left the Friday Mosque in Herat.", "", "", "", "", "", "", ""},
    {"Protesters filled Tahrir Square, chanting against the junta.", "", "", "", "", "", "", ""},
    {"Protests began in April in Tahrir Square.", "2011-05-01", "April", "DATE", "2011-04", "2011-04", "2011-04", "month"},
    {"The group, formed on 23 March in Goma, rearmed.", "2013-05-01", "23 March", "DATE", "2013-03-23", "2013-03-23", "2013-03-23", "day"},
    {"Operation 1027 was launched by three armed groups.", "", "", "", "", "", "", ""},

    // --- a month alone: the year from the reference and the tense
    {"The United States and the militants struck an agreement in February that could see foreign troops exit.", "2020-09-14", "February", "DATE", "2020-02", "2020-02", "2020-02", "month"},
    {"The United States and the militants struck an agreement in February that could see foreign troops exit.", "", "February", "DATE", "XXXX-02", "", "", ""},
    {"The envoy will return in October.", "2020-09-14", "October", "DATE", "2020-10", "2020-10", "2020-10", "month"},
    {"The envoy will return in August.", "2020-09-14", "August", "DATE", "2021-08", "2021-08", "2021-08", "month"},
    {"Rebels captured the town in November.", "2020-09-14", "November", "DATE", "2019-11", "2019-11", "2019-11", "month"},
    {"The talks are in October.", "2020-09-14", "October", "DATE", "2020-10", "2020-10", "2020-10", "month"},
    {"Houthi forces attacked Marib in May.", "2021-06-20", "May", "DATE", "2021-05", "2021-05", "2021-05", "month"},
    {"Protests have continued since February.", "2021-06-01", "February", "DATE", "2021-02", "2021-02", "2021-02", "month"},
    {"The offensive is expected to start in January.", "2022-11-30", "January", "DATE", "2023-01", "2023-01", "2023-01", "month"},
    {"The deal signed last February has collapsed.", "2020-09-14", "last February", "DATE", "2020-02", "2020-02", "2020-02", "month"},
    {"Elections are due next March.", "2020-09-14", "next March", "DATE", "2021-03", "2021-03", "2021-03", "month"},
    {"Troops leave this December.", "2020-09-14", "this December", "DATE", "2020-12", "2020-12", "2020-12", "month"},
    {"Fighting eased in early February.", "2023-04-15", "early February", "DATE", "2023-02", "2023-02-01", "2023-02-10", "day"},
    {"Russian troops withdrew from Kyiv in late March.", "2022-05-01", "late March", "DATE", "2022-03", "2022-03-21", "2022-03-31", "day"},
    {"The truce expires at the end of May.", "2021-05-10", "the end of May", "DATE", "2021-05", "2021-05-21", "2021-05-31", "day"},
    {"The ceasefire was agreed in Sept. and broke down.", "2020-09-14", "Sept.", "DATE", "2020-09", "2020-09", "2020-09", "month"},
    {"The junta will hold elections by August.", "2021-02-01", "August", "DATE", "2021-08", "2021-08", "2021-08", "month"},
    {"The RSF besieged El Fasher in June.", "2024-09-01", "June", "DATE", "2024-06", "2024-06", "2024-06", "month"},
    {"The rains will come in June.", "2024-09-01", "June", "DATE", "2025-06", "2025-06", "2025-06", "month"},
    {"Since December the ELN has kidnapped nine people.", "2019-03-10", "December", "DATE", "2018-12", "2018-12", "2018-12", "month"},
    {"Talks stalled in April, the mediators said.", "2022-03-01", "April", "DATE", "2021-04", "2021-04", "2021-04", "month"},
    {"The convoy is set to leave in Jan.", "2023-11-20", "Jan.", "DATE", "2024-01", "2024-01", "2024-01", "month"},
    {"Each day 40 trucks cross at Rafah, up from 20 a day in November.", "2024-03-30", "November", "DATE", "2023-11", "2023-11", "2023-11", "month"},
    {"The 23 March 2009 agreement was never implemented.", "", "23 March 2009", "DATE", "2009-03-23", "2009-03-23", "2009-03-23", "day"},

    // --- month and day without a year
    {"The Afghan government intensified calls for a cease-fire with the Taliban on September 14 as Kabul and the militants began the second day of talks.", "2020-09-14", "September 14", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"Afghan presidential spokesman Sediq Seddiqi tweeted September 14 that the talks aim at a cease-fire.", "2020-09-14", "September 14", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"Afghan presidential spokesman Sediq Seddiqi tweeted September 14 that the talks aim at a cease-fire.", "", "September 14", "DATE", "XXXX-09-14", "", "", ""},
    {"The summit will take place on October 3.", "2020-09-14", "October 3", "DATE", "2020-10-03", "2020-10-03", "2020-10-03", "day"},
    {"The summit will take place on March 3.", "2020-09-14", "March 3", "DATE", "2021-03-03", "2021-03-03", "2021-03-03", "day"},
    {"Gunmen attacked the village on December 24.", "2021-01-05", "December 24", "DATE", "2020-12-24", "2020-12-24", "2020-12-24", "day"},
    {"Voting ended on 30 December.", "2019-01-10", "30 December", "DATE", "2018-12-30", "2018-12-30", "2018-12-30", "day"},
    {"The talks continued on Monday, Sept. 14, in Doha.", "2020-09-14", "Monday, Sept. 14", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"The talks continued on Monday, Sept. 14, in Doha.", "", "Monday, Sept. 14", "DATE", "XXXX-09-14", "", "", ""},
    {"Monday, Sept. 14: talks in Doha", "2021-01-10", "Monday, Sept. 14", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"Israel ordered the evacuation of northern Gaza on Oct. 13.", "2023-11-01", "Oct. 13", "DATE", "2023-10-13", "2023-10-13", "2023-10-13", "day"},
    {"The army said it had retaken Bakhmut on 21 May.", "2023-06-01", "21 May", "DATE", "2023-05-21", "2023-05-21", "2023-05-21", "day"},
    {"Aid convoys will reach Mekelle on 15 January.", "2022-12-20", "15 January", "DATE", "2023-01-15", "2023-01-15", "2023-01-15", "day"},
    {"At least 12 people died on Christmas Day.", "2020-01-10", "Christmas Day", "DATE", "2019-12-25", "2019-12-25", "2019-12-25", "day"},
    {"Gunmen attacked a church at Christmas 2019 in Burkina Faso.", "", "Christmas 2019", "DATE", "2019-12-25", "2019-12-25", "2019-12-25", "day"},
    {"The truce will start on New Year's Day.", "2023-12-20", "New Year's Day", "DATE", "2024-01-01", "2024-01-01", "2024-01-01", "day"},
    {"Fireworks were banned on New Year's Eve.", "", "New Year's Eve", "DATE", "XXXX-12-31", "", "", ""},
    {"Talks will be held from 10 to 12 October in Geneva.", "2020-09-14", "10 to 12 October", "DATE", "2020-10-10", "2020-10-10", "2020-10-12", "day"},
    {"The deal was signed Friday, Sept. 11, 2020, in Doha.", "", "Friday, Sept. 11, 2020", "DATE", "2020-09-11", "2020-09-11", "2020-09-11", "day"},
    {"KABUL, Sept. 14 (Reuters) - Afghan officials met the envoy.", "2020-09-14", "Sept. 14", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"The operation began at 0430 local time on June 22.", "2020-09-14", "0430 local time", "TIME", "2020-06-22T04:30", "2020-06-22", "2020-06-22", "day"},
    {"The protests on June 30 drew millions.", "2013-07-05", "June 30", "DATE", "2013-06-30", "2013-06-30", "2013-06-30", "day"},

    // --- weekdays
    {"The U.S. team met with General Bajwa on Monday.", "2020-09-14", "Monday", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"Clashes broke out on Saturday near Kandahar.", "2020-09-14", "Saturday", "DATE", "2020-09-12", "2020-09-12", "2020-09-12", "day"},
    {"Khalilzad will travel to Doha on Wednesday.", "2020-09-14", "Wednesday", "DATE", "2020-09-16", "2020-09-16", "2020-09-16", "day"},
    {"Monday's attack killed 12 soldiers.", "2023-10-07", "Monday", "DATE", "2023-10-02", "2023-10-02", "2023-10-02", "day"},
    {"Rockets hit Sderot last Friday.", "2023-10-07", "last Friday", "DATE", "2023-10-06", "2023-10-06", "2023-10-06", "day"},
    {"Talks resume next Tuesday.", "2023-10-07", "next Tuesday", "DATE", "2023-10-10", "2023-10-10", "2023-10-10", "day"},
    {"The vote is this Thursday.", "2022-11-30", "this Thursday", "DATE", "2022-12-01", "2022-12-01", "2022-12-01", "day"},
    {"The army shelled Kharkiv on Sunday.", "", "Sunday", "DATE", "XXXX-WXX-7", "", "", ""},
    {"Drones struck Odesa on Saturday night.", "2022-02-24", "Saturday night", "TIME", "2022-02-19TNI", "2022-02-19", "2022-02-19", "day"},
    {"The deadline is Friday.", "2022-02-24", "Friday", "DATE", "2022-02-25", "2022-02-25", "2022-02-25", "day"},
    {"Protesters march on Fridays in Khartoum.", "", "Fridays", "SET", "XXXX-WXX-5", "", "", ""},
    {"Militants stormed the base on Tuesday, officials said.", "2021-08-15", "Tuesday", "DATE", "2021-08-10", "2021-08-10", "2021-08-10", "day"},
    {"The council will vote on Thursday.", "2021-08-15", "Thursday", "DATE", "2021-08-19", "2021-08-19", "2021-08-19", "day"},
    {"Fighters attacked a checkpoint in Tillaberi on Sunday.", "2021-08-15", "Sunday", "DATE", "2021-08-15", "2021-08-15", "2021-08-15", "day"},
    {"Wednesday's airstrike hit a school in Idlib.", "2019-06-03", "Wednesday", "DATE", "2019-05-29", "2019-05-29", "2019-05-29", "day"},
    {"Negotiators met in Juba on Friday morning.", "2013-12-15", "Friday morning", "TIME", "2013-12-13TMO", "2013-12-13", "2013-12-13", "day"},
    {"The ELN will resume talks in Caracas on Monday, the mediators said.", "2024-03-30", "Monday", "DATE", "2024-04-01", "2024-04-01", "2024-04-01", "day"},
    {"Zelensky, speaking in Kyiv on Saturday, said talks with partners would continue.", "2024-01-14", "Saturday", "DATE", "2024-01-13", "2024-01-13", "2024-01-13", "day"},
    {"Saudi-led airstrikes killed 14 people in Sanaa on Thursday, officials said.", "2024-03-30", "Thursday", "DATE", "2024-03-28", "2024-03-28", "2024-03-28", "day"},
    {"The ceasefire went into effect at 6 a.m. Monday.", "2024-01-14", "Monday", "DATE", "2024-01-08", "2024-01-08", "2024-01-08", "day"},

    // --- today, yesterday, tomorrow, parts of the day
    {"The Afghan government said today that talks would continue.", "2020-09-14", "today", "DATE", "2020-09-14", "2020-09-14", "2020-09-14", "day"},
    {"Rebels attacked the base yesterday.", "2023-04-15", "yesterday", "DATE", "2023-04-14", "2023-04-14", "2023-04-14", "day"},
    {"Delegates will meet tomorrow in Jeddah.", "2023-05-05", "tomorrow", "DATE", "2023-05-06", "2023-05-06", "2023-05-06", "day"},
    {"The army said today that the road was open.", "", "today", "DATE", "PRESENT_REF", "", "", ""},
    {"Rebels attacked the base yesterday.", "", "yesterday", "DATE", "XXXX-XX-XX", "", "", ""},
    {"Airstrikes hit Sanaa yesterday morning.", "2015-03-26", "yesterday morning", "TIME", "2015-03-25TMO", "2015-03-25", "2015-03-25", "day"},
    {"A curfew starts tonight in Juba.", "2013-12-15", "tonight", "TIME", "2013-12-15TNI", "2013-12-15", "2013-12-15", "day"},
    {"Shelling hit Donetsk last night.", "2022-02-24", "last night", "TIME", "2022-02-23TNI", "2022-02-23", "2022-02-23", "day"},
    {"The convoy left Goma this morning.", "2022-11-30", "this morning", "TIME", "2022-11-30TMO", "2022-11-30", "2022-11-30", "day"},
    {"Fighting began the day before yesterday.", "2022-11-30", "the day before yesterday", "DATE", "2022-11-28", "2022-11-28", "2022-11-28", "day"},
    {"Today's attack in Kabul killed 13 U.S. troops.", "2021-08-26", "Today", "DATE", "2021-08-26", "2021-08-26", "2021-08-26", "day"},
    {"Tomorrow the council meets.", "2024-01-10", "Tomorrow", "DATE", "2024-01-11", "2024-01-11", "2024-01-11", "day"},

    // --- this, last and next week, month, year
    {"Last month, a Taliban political team visited Islamabad.", "2020-09-14", "Last month", "DATE", "2020-08", "2020-08", "2020-08", "month"},
    {"Last month, a Taliban political team visited Islamabad.", "", "Last month", "DATE", "XXXX-XX", "", "", ""},
    {"Fighting escalated last week in Tigray.", "2020-11-04", "last week", "DATE", "2020-W44", "2020-10-26", "2020-11-01", "day"},
    {"The ministry will publish the figures next week.", "2020-09-14", "next week", "DATE", "2020-W39", "2020-09-21", "2020-09-27", "day"},
    {"This week, the council debated Yemen.", "2020-09-14", "This week", "DATE", "2020-W38", "2020-09-14", "2020-09-20", "day"},
    {"The army recruited thousands last year.", "2016-11-24", "last year", "DATE", "2015", "2015", "2015", "year"},
    {"Elections are planned for next year.", "2016-11-24", "next year", "DATE", "2017", "2017", "2017", "year"},
    {"This year has been the deadliest in Mali.", "2012-03-22", "This year", "DATE", "2012", "2012", "2012", "year"},
    {"Next month the mission ends.", "2022-11-30", "Next month", "DATE", "2022-12", "2022-12", "2022-12", "month"},
    {"The envoy returns next month.", "2023-12-10", "next month", "DATE", "2024-01", "2024-01", "2024-01", "month"},
    {"Israel expanded operations last month.", "2024-01-10", "last month", "DATE", "2023-12", "2023-12", "2023-12", "month"},
    {"Earlier this year, the rebels took Bunagana.", "2022-11-30", "Earlier this year", "DATE", "2022", "2022", "2022", "year"},
    {"Talks will resume later this month.", "2020-09-14", "later this month", "DATE", "2020-09", "2020-09", "2020-09", "month"},
    {"Attacks rose last quarter.", "2020-09-14", "last quarter", "DATE", "2020-Q2", "2020-04", "2020-06", "season"},
    {"Fighting subsided at the end of last year.", "2021-02-01", "the end of last year", "DATE", "2020", "2020-09", "2020-12", "season"},
    {"Troops will leave early next year.", "2020-11-04", "early next year", "DATE", "2021", "2021-01", "2021-04", "season"},
    {"Violence has surged over the past year.", "2020-11-04", "the past year", "DURATION", "P1Y", "", "", ""},
    {"Last year's elections were marred by violence.", "2019-01-10", "Last year", "DATE", "2018", "2018", "2018", "year"},
    {"The ministry said this month that 40 soldiers died.", "2017-12-31", "this month", "DATE", "2017-12", "2017-12", "2017-12", "month"},
    {"Next year the peacekeepers leave.", "2017-12-31", "Next year", "DATE", "2018", "2018", "2018", "year"},
    {"Fighting last week displaced 10,000 people.", "2021-01-01", "last week", "DATE", "2020-W52", "2020-12-21", "2020-12-27", "day"},
    {"The last decade was one of war.", "2021-01-01", "last decade", "DATE", "201", "2010", "2019", "decade"},
    {"This week's talks in Geneva failed.", "2016-02-03", "This week", "DATE", "2016-W05", "2016-02-01", "2016-02-07", "day"},

    // --- the weekend
    {"Negotiations kicked off over the weekend in Qatar and are initially expected to focus on technical details.", "2020-09-14", "the weekend", "DATE", "2020-W37-WE", "2020-09-12", "2020-09-13", "day"},
    {"Militants attacked a church last weekend.", "2020-09-14", "last weekend", "DATE", "2020-W37-WE", "2020-09-12", "2020-09-13", "day"},
    {"Talks will resume next weekend.", "2020-09-14", "next weekend", "DATE", "2020-W38-WE", "2020-09-19", "2020-09-20", "day"},
    {"The envoy arrives this weekend.", "2020-09-14", "this weekend", "DATE", "2020-W38-WE", "2020-09-19", "2020-09-20", "day"},
    {"The Taliban entered Kabul over the weekend.", "2021-08-15", "the weekend", "DATE", "2021-W32-WE", "2021-08-14", "2021-08-15", "day"},
    {"Talks will continue at the weekend.", "2022-11-30", "the weekend", "DATE", "2022-W48-WE", "2022-12-03", "2022-12-04", "day"},
    {"Negotiations kicked off over the weekend in Qatar.", "", "the weekend", "DATE", "XXXX-WXX-WE", "", "", ""},
    {"The weekend's clashes left 30 dead.", "2023-04-17", "The weekend", "DATE", "2023-W15-WE", "2023-04-15", "2023-04-16", "day"},

    // --- X ago
    {"The group was founded two weeks ago.", "2020-09-14", "two weeks ago", "DATE", "2020-W36", "2020-08-31", "2020-09-06", "day"},
    {"Three days ago, gunmen killed 20 villagers.", "2023-04-15", "Three days ago", "DATE", "2023-04-12", "2023-04-12", "2023-04-12", "day"},
    {"A year ago, the army took Bakhmut.", "2024-05-20", "A year ago", "DATE", "2023", "2023", "2023", "year"},
    {"The ceasefire collapsed six months ago.", "2020-09-14", "six months ago", "DATE", "2020-03", "2020-03", "2020-03", "month"},
    {"The war began 19 years ago.", "2020-09-14", "19 years ago", "DATE", "2001", "2001", "2001", "year"},
    {"The siege began a decade ago.", "2023-10-07", "a decade ago", "DATE", "2013", "2013", "2013", "year"},
    {"The town was destroyed years ago.", "2023-10-07", "years ago", "DATE", "PAST_REF", "", "", ""},
    {"The militia left a few days ago.", "2023-10-07", "a few days ago", "DATE", "PAST_REF", "", "", ""},
    {"The group was founded two weeks ago.", "", "two weeks ago", "DATE", "PAST_REF", "", "", ""},
    {"The peace process began twenty-five years ago.", "2020-09-14", "twenty-five years ago", "DATE", "1995", "1995", "1995", "year"},
    {"Four months ago the junta closed the border.", "2024-01-10", "Four months ago", "DATE", "2023-09", "2023-09", "2023-09", "month"},
    {"Hours ago the shelling resumed.", "2024-01-10", "Hours ago", "DATE", "PAST_REF", "", "", ""},

    // --- seasons
    {"The offensive took place in the summer of 2019.", "", "the summer of 2019", "DATE", "2019-SU", "2019-06", "2019-08", "season"},
    {"Fighting resumed last spring.", "2020-09-14", "last spring", "DATE", "2020-SP", "2020-03", "2020-05", "season"},
    {"Troops will withdraw next summer.", "2020-09-14", "next summer", "DATE", "2021-SU", "2021-06", "2021-08", "season"},
    {"The dam was attacked in winter 2015.", "", "winter 2015", "DATE", "2015-WI", "2014-12", "2015-02", "season"},
    {"Rebels took the town in the spring.", "2023-10-07", "the spring", "DATE", "2023-SP", "2023-03", "2023-05", "season"},
    {"Rebels took the town in the spring.", "", "the spring", "DATE", "XXXX-SP", "", "", ""},
    {"Protests erupted in fall 2019 in Iraq.", "", "fall 2019", "DATE", "2019-FA", "2019-09", "2019-11", "season"},
    {"Aid agencies fear hunger this winter in Yemen.", "2020-09-14", "this winter", "DATE", "2021-WI", "2020-12", "2021-02", "season"},
    {"Fighting intensified in early summer 2016.", "", "early summer 2016", "DATE", "2016-SU", "2016-06", "2016-06", "month"},
    {"The offensive is planned for the autumn.", "2023-04-15", "the autumn", "DATE", "2023-FA", "2023-09", "2023-11", "season"},
    {"Last summer's floods hit Pakistan.", "2023-04-15", "Last summer", "DATE", "2022-SU", "2022-06", "2022-08", "season"},
    {"During the winter of 2022, Russia struck power plants.", "", "the winter of 2022", "DATE", "2022-WI", "2021-12", "2022-02", "season"},

    // --- quarters
    {"Attacks fell in the first quarter of 2020.", "", "the first quarter of 2020", "DATE", "2020-Q1", "2020-01", "2020-03", "season"},
    {"Displacement peaked in Q3 2021.", "", "Q3 2021", "DATE", "2021-Q3", "2021-07", "2021-09", "season"},
    {"Exports fell in the second quarter.", "2020-09-14", "the second quarter", "DATE", "2020-Q2", "2020-04", "2020-06", "season"},
    {"Oil output fell in the fourth quarter of last year.", "2021-02-01", "the fourth quarter of last year", "DATE", "2020-Q4", "2020-10", "2020-12", "season"},
    {"Production fell in the second quarter.", "", "the second quarter", "DATE", "XXXX-Q2", "", "", ""},
    {"Displacement doubled in the first half of 2023.", "", "the first half of 2023", "DATE", "2023-H1", "2023-01", "2023-06", "season"},
    {"Exports recovered in the second half of 2019.", "", "the second half of 2019", "DATE", "2019-H2", "2019-07", "2019-12", "season"},

    // --- decades and centuries
    {"The region was peaceful in the 1990s.", "", "the 1990s", "DATE", "199", "1990", "1999", "decade"},
    {"Kabul was shelled in the late 1980s.", "", "the late 1980s", "DATE", "198", "1987", "1989", "year"},
    {"Warlords ruled in the '90s.", "", "the '90s", "DATE", "199", "1990", "1999", "decade"},
    {"The insurgency began in the early 2000s.", "", "the early 2000s", "DATE", "200", "2000", "2003", "year"},
    {"Borders drawn in the 19th century still divide the Sahel.", "", "the 19th century", "DATE", "18", "1800", "1899", "century"},
    {"The twentieth century saw two world wars.", "", "The twentieth century", "DATE", "19", "1900", "1999", "century"},
    {"The city was founded in the 1800s.", "", "the 1800s", "DATE", "18", "1800", "1899", "century"},
    {"The dam was built in the mid-20th century.", "", "the mid-20th century", "DATE", "19", "1933", "1966", "decade"},
    {"Sectarian violence peaked in the 2010s.", "", "the 2010s", "DATE", "201", "2010", "2019", "decade"},
    {"Militias grew in the mid-1990s in Colombia.", "", "the mid-1990s", "DATE", "199", "1994", "1996", "year"},

    // --- durations
    {"The negotiations aim to end 19 years of conflict.", "2020-09-14", "19 years", "DURATION", "P19Y", "", "", ""},
    {"The siege lasted six months.", "", "six months", "DURATION", "P6M", "", "", ""},
    {"Troops will stay for three days.", "", "three days", "DURATION", "P3D", "", "", ""},
    {"The sides agreed a 10-day ceasefire.", "", "10-day", "DURATION", "P10D", "", "", ""},
    {"The war has lasted more than two years.", "", "more than two years", "DURATION", "P2Y", "", "", ""},
    {"The truce held for about three weeks.", "", "about three weeks", "DURATION", "P3W", "", "", ""},
    {"Talks stalled for several months.", "", "several months", "DURATION", "PXM", "", "", ""},
    {"Rebels gave civilians 48 hours to leave.", "", "48 hours", "DURATION", "PT48H", "", "", ""},
    {"The conflict has lasted for a decade.", "", "a decade", "DURATION", "P1DE", "", "", ""},
    {"Violence has surged over the past two years.", "", "the past two years", "DURATION", "P2Y", "", "", ""},
    {"The mission lasted 1.5 years.", "", "1.5 years", "DURATION", "P1.5Y", "", "", ""},
    {"The civil war lasted twenty-five years.", "", "twenty-five years", "DURATION", "P25Y", "", "", ""},
    {"The city was besieged for a fortnight.", "", "a fortnight", "DURATION", "P2W", "", "", ""},
    {"Soldiers fought a 30-minute gun battle.", "", "30-minute", "DURATION", "PT30M", "", "", ""},
    {"A week-long truce in late November allowed the release of hostages.", "", "week-long", "DURATION", "P1W", "", "", ""},
    {"The years-long blockade of Taiz continues.", "", "years-long", "DURATION", "PXY", "", "", ""},
    {"The decade-long war in Syria displaced millions.", "", "decade-long", "DURATION", "P1DE", "", "", ""},
    {"The U.S.-backed negotiations are already taking place six months later than planned.", "2020-09-14", "six months", "DURATION", "P6M", "", "", ""},
    {"A comprehensive deal could take months or years and a decade of work.", "", "", "", "", "", "", ""},
    {"The blockade has lasted nearly a year.", "", "nearly a year", "DURATION", "P1Y", "", "", ""},
    {"Talks could take weeks, if not two months.", "", "two months", "DURATION", "P2M", "", "", ""},
    {"The ceasefire lasted less than 24 hours.", "", "less than 24 hours", "DURATION", "PT24H", "", "", ""},
    {"He spent a year in prison in Juba.", "", "a year", "DURATION", "P1Y", "", "", ""},
    {"Juba has seen a decade of war.", "", "", "", "", "", "", ""},

    // --- sets
    {"Protesters gather every Friday in Khartoum.", "", "every Friday", "SET", "XXXX-WXX-5", "", "", ""},
    {"The convoy runs weekly.", "", "weekly", "SET", "P1W", "", "", ""},
    {"The Taliban have conducted near daily attacks on Afghan security forces.", "2020-09-14", "daily", "SET", "P1D", "", "", ""},
    {"Inspectors visit every two weeks.", "", "every two weeks", "SET", "P2W", "", "", ""},
    {"Aid flights land twice a week.", "", "twice a week", "SET", "P1W", "", "", ""},
    {"Thousands die each year in the Sahel.", "", "each year", "SET", "P1Y", "", "", ""},
    {"Shelling hits the city every day.", "", "every day", "SET", "P1D", "", "", ""},
    {"The report is published annually.", "", "annually", "SET", "P1Y", "", "", ""},
    {"Drones patrol every morning.", "", "every morning", "SET", "XXXX-XX-XXTMO", "", "", ""},
    {"The council meets monthly.", "", "monthly", "SET", "P1M", "", "", ""},
    {"Patrols leave every other day.", "", "every other day", "SET", "P2D", "", "", ""},

    // --- times of day
    {"The blast struck at 3 p.m. on Monday.", "2020-09-14", "3 p.m.", "TIME", "2020-09-14T15:00", "2020-09-14", "2020-09-14", "day"},
    {"Shelling began at 5 a.m. local time.", "2020-09-14", "5 a.m.", "TIME", "2020-09-14T05:00", "2020-09-14", "2020-09-14", "day"},
    {"The attack began at 3 p.m.", "", "3 p.m.", "TIME", "XXXX-XX-XXT15:00", "", "", ""},
    {"Sirens sounded at 14:30 GMT.", "2020-09-14", "14:30 GMT", "TIME", "2020-09-14T14:30", "2020-09-14", "2020-09-14", "day"},
    {"Troops attacked at dawn on 12 September 2020.", "", "dawn", "TIME", "2020-09-12TMO", "2020-09-12", "2020-09-12", "day"},
    {"The ceasefire took effect at noon.", "2023-04-15", "noon", "TIME", "2023-04-15T12:00", "2023-04-15", "2023-04-15", "day"},
    {"A curfew begins at midnight.", "2023-04-15", "midnight", "TIME", "2023-04-15T24:00", "2023-04-15", "2023-04-15", "day"},
    {"Officers reported at 1500 hours that the road was clear.", "", "1500 hours", "TIME", "XXXX-XX-XXT15:00", "", "", ""},
    {"Gunfire was heard at 10:45 p.m. in Juba.", "2013-12-15", "10:45 p.m.", "TIME", "2013-12-15T22:45", "2013-12-15", "2013-12-15", "day"},
    {"The rockets were fired at 6:30 on Saturday.", "2023-10-07", "6:30", "TIME", "2023-10-07T06:30", "2023-10-07", "2023-10-07", "day"},
    {"Villagers fled at dusk.", "", "dusk", "TIME", "XXXX-XX-XXTEV", "", "", ""},
    {"Drones were shot down between 2 a.m. and 5 a.m. on 3 March 2024.", "", "5 a.m.", "TIME", "2024-03-03T05:00", "2024-03-03", "2024-03-03", "day"},

    // --- present, past and future references
    {"The Taliban now control most of the country.", "", "now", "DATE", "PRESENT_REF", "", "", ""},
    {"Fighting recently intensified in Marib.", "", "recently", "DATE", "PAST_REF", "", "", ""},
    {"Talks will resume soon.", "", "soon", "DATE", "FUTURE_REF", "", "", ""},
    {"Such attacks were rare in the past.", "", "the past", "DATE", "PAST_REF", "", "", ""},
    {"The army currently holds Kidal.", "2023-11-20", "currently", "DATE", "PRESENT_REF", "", "", ""},
    {"Peace will come in the future, he said.", "", "the future", "DATE", "FUTURE_REF", "", "", ""},
    {"Fighting may escalate in the coming weeks.", "", "the coming weeks", "DATE", "FUTURE_REF", "", "", ""},
    {"Attacks have increased in recent months.", "", "recent months", "DATE", "PAST_REF", "", "", ""},
    {"On Monday the M23 shelled Sake, and on Tuesday it entered the town.", "2024-02-08", "Tuesday", "DATE", "2024-02-06", "2024-02-06", "2024-02-06", "day"},

    // --- anaphoric expressions: relative to the last date in the text
    {"The army entered Mekelle on 28 November 2020. The following day, the TPLF vowed to fight on.", "", "The following day", "DATE", "2020-11-29", "2020-11-29", "2020-11-29", "day"},
    {"Fighting began on 15 April 2023. Later that month, evacuation flights left Khartoum.", "", "Later that month", "DATE", "2023-04", "2023-04", "2023-04", "month"},
    {"The coup took place in February 2021. The following year, the junta extended emergency rule.", "", "The following year", "DATE", "2022", "2022", "2022", "year"},
    {"Hamas attacked on 7 October 2023. Israel declared war the same day.", "", "the same day", "DATE", "2023-10-07", "2023-10-07", "2023-10-07", "day"},
    {"Troops crossed the border on 24 February 2022. Two days later, they reached the outskirts of Kyiv.", "", "Two days later", "DATE", "2022-02-26", "2022-02-26", "2022-02-26", "day"},
    {"The siege of Mariupol began in March 2022. A month later, the city fell.", "", "A month later", "DATE", "2022-04", "2022-04", "2022-04", "month"},
    {"The deal was signed in 2016. A year later, dissident groups rearmed.", "", "A year later", "DATE", "2017", "2017", "2017", "year"},
    {"In 2015, talks were held in Murree. The following year, they collapsed.", "2020-09-14", "The following year", "DATE", "2016", "2016", "2016", "year"},
    {"The following day, the rebels withdrew.", "", "The following day", "DATE", "XXXX-XX-XX", "", "", ""},
    {"The junta seized power in 2012. That year, jihadists took Timbuktu.", "", "That year", "DATE", "2012", "2012", "2012", "year"},
    {"The army shelled Kharkiv on 1 March 2022. Officials had warned of it the day before.", "", "the day before", "DATE", "2022-02-28", "2022-02-28", "2022-02-28", "day"},
    {"Rebels took Goma on 20 November 2012. The previous week, they had shelled the airport.", "", "The previous week", "DATE", "2012-W46", "2012-11-12", "2012-11-18", "day"},
    {"The siege of Aleppo ended in December 2016. Earlier that year, Russia had intensified airstrikes.", "", "Earlier that year", "DATE", "2016", "2016", "2016", "year"},
    {"The army attacked Bakhmut on 20 May 2023. That night, shelling continued.", "", "That night", "TIME", "2023-05-20TNI", "2023-05-20", "2023-05-20", "day"},
    {"Talks opened on 6 May 2023 in Jeddah. A week later, the sides signed a declaration.", "", "A week later", "DATE", "2023-W19", "2023-05-08", "2023-05-14", "day"},
    {"Peace was signed in November 2016. The next month, FARC fighters moved to camps.", "", "The next month", "DATE", "2016-12", "2016-12", "2016-12", "month"},
    {"Yesterday the army took Kidal. The next day, it raised the flag.", "2023-11-15", "The next day", "DATE", "2023-11-15", "2023-11-15", "2023-11-15", "day"},
    {"The Taliban returned to power in August 2021. Two years on, women remain barred from schools.", "", "Two years on", "DATE", "2023", "2023", "2023", "year"},
    {"Aid began reaching Mekelle on 2 November 2022. Two weeks later, the WFP said, convoys stopped.", "", "Two weeks later", "DATE", "2022-W46", "2022-11-14", "2022-11-20", "day"},
    {"The siege lasted from August 2016 to December 2016. A week later the rebels returned.", "", "A week later", "DATE", "XXXX-WXX", "", "", ""},
};
// clang-format on

} // namespace

class tst_TemporalTagger : public QObject
{
    Q_OBJECT

private slots:
    void expressions_data();
    void expressions();
    void qualifiers_data();
    void qualifiers();
    void withoutReferenceNoYearIsInvented();
    void offsetsIntoDocument();
    void anaphoraUsesLastDateNotReference();
    void earlierThisYearEndsAtReference();
    void presplitSentencesGiveTheSameResult();
    void runOnTextIsTaggedInPieces();
    void sampleArticle();
};

void tst_TemporalTagger::expressions_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("precision");
    int index = 0;
    for (const Row &row : rows) {
        const QString name = QStringLiteral("%1 %2 | %3")
                                 .arg(++index, 3, 10, QLatin1Char('0'))
                                 .arg(QString::fromUtf8(row.text).isEmpty()
                                          ? QStringLiteral("(none)")
                                          : QString::fromUtf8(row.text),
                                      QString::fromUtf8(row.sentence).left(40));
        QTest::newRow(qPrintable(name))
            << QString::fromUtf8(row.sentence) << QString::fromUtf8(row.reference)
            << QString::fromUtf8(row.text) << QString::fromUtf8(row.type)
            << QString::fromUtf8(row.value) << QString::fromUtf8(row.start)
            << QString::fromUtf8(row.end) << QString::fromUtf8(row.precision);
    }
}

static std::optional<qint64> referenceDay(const QString &iso)
{
    if (iso.isEmpty())
        return std::nullopt;
    const auto span = DateSpan::fromIso(iso);
    return span ? std::optional<qint64>(span->earliestDay()) : std::nullopt;
}

static QString describe(const QList<TimeExpression> &found)
{
    QStringList parts;
    for (const TimeExpression &e : found)
        parts.append(
            QStringLiteral("'%1'=%2 %3").arg(e.text, TimeExpression::typeName(e.type), e.value));
    return parts.join(QStringLiteral(", "));
}

void tst_TemporalTagger::expressions()
{
    QFETCH(QString, sentence);
    QFETCH(QString, reference);
    QFETCH(QString, text);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, precision);

    const TemporalTagger tagger;
    const QList<TimeExpression> found = tagger.tag(sentence, referenceDay(reference));
    if (text.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
        return;
    }
    const auto it = std::find_if(found.cbegin(), found.cend(), [&](const TimeExpression &e) {
        return e.text == text;
    });
    QVERIFY2(it != found.cend(), qPrintable(QStringLiteral("found: ") + describe(found)));
    QCOMPARE(sentence.mid(it->begin, it->end - it->begin), text);
    QCOMPARE(TimeExpression::typeName(it->type), type);
    QCOMPARE(it->value, value);
    QCOMPARE(it->span.startIso(), start);
    QCOMPARE(it->span.endIso(), end);
    QCOMPARE(it->span.isValid() ? DateSpan::precisionName(it->span.precision()) : QString(),
             precision);
}

void tst_TemporalTagger::qualifiers_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("mod");

    QTest::newRow("before") << "The militia was formed before 2010."
                            << "2010"
                            << "before"
                            << "";
    QTest::newRow("after") << "The regime has bombed the province after 2012."
                           << "2012"
                           << "after"
                           << "";
    QTest::newRow("since") << "The group has controlled the area since 2001."
                           << "2001"
                           << "after"
                           << "";
    QTest::newRow("by month") << "The junta promised elections by March 2022."
                              << "March 2022"
                              << "before"
                              << "";
    QTest::newRow("until") << "Until 2019, the rebels held the town."
                           << "2019"
                           << "before"
                           << "";
    QTest::newRow("prior to") << "Prior to 2014, Crimea was Ukrainian."
                              << "2014"
                              << "before"
                              << "";
    QTest::newRow("around") << "The war started around 2015."
                            << "around 2015"
                            << "approximate"
                            << "APPROX";
    QTest::newRow("circa") << "The fort dates from circa 1850."
                           << "circa 1850"
                           << "approximate"
                           << "APPROX";
    QTest::newRow("plain") << "In 2015, Pakistan hosted talks."
                           << "2015"
                           << ""
                           << "";
    QTest::newRow("early") << "Fighting resumed in early 2016."
                           << "early 2016"
                           << ""
                           << "START";
    QTest::newRow("about duration") << "The truce held for about three weeks."
                                    << "about three weeks"
                                    << "approximate"
                                    << "APPROX";
    QTest::newRow("more than") << "The war has lasted more than two years."
                               << "more than two years"
                               << ""
                               << "MORE_THAN";
}

void tst_TemporalTagger::qualifiers()
{
    QFETCH(QString, sentence);
    QFETCH(QString, text);
    QFETCH(QString, qualifier);
    QFETCH(QString, mod);
    const QList<TimeExpression> found = TemporalTagger().tag(sentence, std::nullopt);
    const auto it = std::find_if(found.cbegin(), found.cend(), [&](const TimeExpression &e) {
        return e.text == text;
    });
    QVERIFY2(it != found.cend(), qPrintable(describe(found)));
    QCOMPARE(DateSpan::qualifierName(it->qualifier), qualifier);
    QCOMPARE(it->mod, mod);
    if (it->span.isValid())
        QCOMPARE(DateSpan::qualifierName(it->span.qualifier()), qualifier);
}

void tst_TemporalTagger::withoutReferenceNoYearIsInvented()
{
    const QString text = QStringLiteral(
        "Last month, the envoy visited Islamabad. Talks began over the weekend. "
        "On Monday, officials met. The deal was struck in February. Yesterday, clashes "
        "erupted. Two weeks ago, the army withdrew. Next year, elections are due. "
        "In the spring, the offensive stalled. The following day, the rebels left. "
        "In 2015, Pakistan hosted talks. Baradar was freed in 2018. On 14 September 2020, "
        "Khalilzad met Bajwa. The treaty of March 1994 still holds.");
    const QList<TimeExpression> found = TemporalTagger().tag(text, std::nullopt);
    QStringList absolute;
    int unresolved = 0;
    for (const TimeExpression &e : found) {
        if (e.relative) {
            ++unresolved;
            QVERIFY2(!e.span.isValid(), qPrintable(e.text + u' ' + e.span.toIso()));
            QVERIFY2(e.value.contains(u'X') || e.value.endsWith(QLatin1String("_REF")),
                     qPrintable(e.text + u' ' + e.value));
        } else {
            QVERIFY2(e.span.isValid(), qPrintable(e.text));
            absolute.append(e.value);
        }
    }
    QCOMPARE(unresolved, 9);
    // "The following day" anchors on the absolute dates only once they appear.
    QCOMPARE(absolute, QStringList({"2015", "2018", "2020-09-14", "1994-03"}));

    // The same text with a reference resolves everything relative to it.
    const auto reference = DateSpan::fromIso(QStringLiteral("2020-09-14"))->earliestDay();
    for (const TimeExpression &e : TemporalTagger().tag(text, reference)) {
        if (e.text == QLatin1String("The following day"))
            continue; // no earlier day in the text: stays unresolved
        QVERIFY2(e.span.isValid(), qPrintable(e.text));
        QVERIFY2(!e.value.contains(u'X'), qPrintable(e.text + u' ' + e.value));
    }
}

void tst_TemporalTagger::offsetsIntoDocument()
{
    const QString text = QStringLiteral("Breaking News\n\nKyiv \u2014 Shelling resumed. "
                                        "On 24 February 2022, troops crossed the border.");
    const QList<TimeExpression> found = TemporalTagger().tag(text, std::nullopt);
    QCOMPARE(found.size(), 1);
    QCOMPARE(text.mid(found[0].begin, found[0].end - found[0].begin),
             QStringLiteral("24 February 2022"));
    QCOMPARE(found[0].text, QStringLiteral("24 February 2022"));
}

void tst_TemporalTagger::anaphoraUsesLastDateNotReference()
{
    const QString text = QStringLiteral("Fighting began on 15 April 2023. Later that month, "
                                        "flights left. The next day, the embassy closed.");
    const auto reference = DateSpan::fromIso(QStringLiteral("2024-01-10"))->earliestDay();
    const QList<TimeExpression> found = TemporalTagger().tag(text, reference);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[1].value, QStringLiteral("2023-04"));
    QCOMPARE(found[1].span.startIso(), QStringLiteral("2023-04"));
    QCOMPARE(found[1].span.lengthInDays(), 15); // 16 to 30 April
    QCOMPARE(found[2].text, QStringLiteral("The next day"));
    QCOMPARE(found[2].value, QStringLiteral("XXXX-XX-XX")); // "later that month" is no day
}

void tst_TemporalTagger::presplitSentencesGiveTheSameResult()
{
    const QString text = QStringLiteral("Gen. Bajwa met the U.S. team on Monday. Last month, "
                                        "talks began.\n\nThe following day, they ended.");
    const auto reference = DateSpan::fromIso(QStringLiteral("2020-09-14"))->earliestDay();
    const TemporalTagger tagger;
    const QList<TimeExpression> whole = tagger.tag(text, reference);
    const QList<TimeExpression> split = tagger.tag(text,
                                                   Faultline::SentenceSplitter().split(text),
                                                   reference);
    QCOMPARE(whole.size(), 3);
    QCOMPARE(split.size(), whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        QCOMPARE(split[i].begin, whole[i].begin);
        QCOMPARE(split[i].value, whole[i].value);
    }
    QCOMPARE(whole[2].value, QStringLiteral("XXXX-XX-XX")); // "last month" is no day
}

void tst_TemporalTagger::runOnTextIsTaggedInPieces()
{
    // No sentence end anywhere: the tagger cuts the text at white space.
    QString text;
    for (int i = 0; i < 500; ++i)
        text += QStringLiteral("troops moved north in 2015 and ");
    const QList<TimeExpression> found = TemporalTagger().tag(text, std::nullopt);
    QCOMPARE(found.size(), 500);
    for (const TimeExpression &e : found) {
        QCOMPARE(text.mid(e.begin, e.end - e.begin), QStringLiteral("2015"));
        QCOMPARE(e.value, QStringLiteral("2015"));
    }
}

void tst_TemporalTagger::earlierThisYearEndsAtReference()
{
    const auto reference = DateSpan::fromIso(QStringLiteral("2022-11-30"))->earliestDay();
    const QList<TimeExpression> found
        = TemporalTagger().tag(QStringLiteral("Earlier this year, the rebels took Bunagana."),
                               reference);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].span.earliestDay(), DateSpan::julianDay(2022, 1, 1));
    QCOMPARE(found[0].span.latestDay(), reference);
}

void tst_TemporalTagger::sampleArticle()
{
    QFile file(QStringLiteral(FAULTLINE_SOURCE_DIR "/../shared/samples/articles/"
                                                   "rferl-2020-09-14-envoy-in-pakistan.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the shared sample article is not available");
    const QString text = QString::fromUtf8(file.readAll());
    const auto reference = DateSpan::fromIso(QStringLiteral("2020-09-14"))->earliestDay();

    QMultiHash<QString, QString> values; // text -> value
    for (const TimeExpression &e : TemporalTagger().tag(text, reference)) {
        values.insert(e.text, e.value);
        QVERIFY2(!e.value.startsWith(QLatin1String("2026")), qPrintable(e.text));
    }
    QCOMPARE(values.values(QStringLiteral("September 14")),
             QStringList({"2020-09-14", "2020-09-14"}));
    QCOMPARE(values.value(QStringLiteral("the weekend")), QStringLiteral("2020-W37-WE"));
    QCOMPARE(values.value(QStringLiteral("February")), QStringLiteral("2020-02"));
    QCOMPARE(values.value(QStringLiteral("2015")), QStringLiteral("2015"));
    QCOMPARE(values.value(QStringLiteral("Last month")), QStringLiteral("2020-08"));
    QCOMPARE(values.value(QStringLiteral("2018")), QStringLiteral("2018"));
    QCOMPARE(values.value(QStringLiteral("19 years")), QStringLiteral("P19Y"));

    // Without a publication date the years stay and nothing relative is dated.
    for (const TimeExpression &e : TemporalTagger().tag(text, std::nullopt)) {
        if (e.text == QLatin1String("2015") || e.text == QLatin1String("2018"))
            QVERIFY(e.span.isValid());
        else
            QVERIFY2(!e.span.isValid(), qPrintable(e.text));
    }
}

QTEST_GUILESS_MAIN(tst_TemporalTagger)
#include "tst_temporaltagger.moc"
