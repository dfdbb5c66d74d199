#pragma once

#include "core/interchange/rowmapper.h"

namespace Faultline {

// ACLED exports: the current columns (event_id_cnty, event_date, time_precision,
// disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1, ...)
// and the older ones (data_id, gwno, ally_actor_1, day-first dates).
class AcledRowMapper : public RowMapper
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::AcledRowMapper)

public:
    DataFormat::Kind format() const override { return DataFormat::Kind::Acled; }
    bool setHeader(const CsvRow &header, QString *error) override;
    bool map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason) override;

    // Whether a header (as indexed) is ACLED's.
    static bool matches(const HeaderIndex &index);
    // The CAMEO root of an ACLED event type and sub-event type; 0 when none fits.
    static int cameoRoot(QByteArrayView eventType, QByteArrayView subEventType);
    // The actor kind of an ACLED interaction code (1-8, or its name).
    static Actor::Kind kindOfInter(QByteArrayView inter);

private:
    void addActors(DataRecord *record,
                   QByteArrayView names,
                   Event::Role role,
                   Actor::Kind kind) const;

    int m_id = -1;
    int m_date = -1;
    int m_precision = -1;
    int m_eventType = -1;
    int m_subEventType = -1;
    int m_actor1 = -1;
    int m_assoc1 = -1;
    int m_inter1 = -1;
    int m_actor2 = -1;
    int m_assoc2 = -1;
    int m_inter2 = -1;
    int m_country = -1;
    int m_admin1 = -1;
    int m_location = -1;
    int m_latitude = -1;
    int m_longitude = -1;
    int m_source = -1;
    int m_notes = -1;
    int m_fatalities = -1;
};

} // namespace Faultline
