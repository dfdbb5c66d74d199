#pragma once

#include "core/interchange/rowmapper.h"

namespace Faultline {

// UCDP Georeferenced Event Dataset (GED) CSV: date_start/date_end intervals,
// side_a and side_b, deaths (best estimate), type_of_violence.
class UcdpRowMapper : public RowMapper
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::UcdpRowMapper)

public:
    DataFormat::Kind format() const override { return DataFormat::Kind::UcdpGed; }
    bool setHeader(const CsvRow &header, QString *error) override;
    bool map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason) override;

    static bool matches(const HeaderIndex &index);

private:
    static Actor::Kind kindOfSide(QByteArrayView side);

    int m_id = -1;
    int m_typeOfViolence = -1;
    int m_conflictName = -1;
    int m_dyadName = -1;
    int m_sideA = -1;
    int m_sideB = -1;
    int m_sourceArticle = -1;
    int m_sourceOffice = -1;
    int m_sourceHeadline = -1;
    int m_whereCoordinates = -1;
    int m_whereDescription = -1;
    int m_admin1 = -1;
    int m_latitude = -1;
    int m_longitude = -1;
    int m_country = -1;
    int m_datePrecision = -1;
    int m_dateStart = -1;
    int m_dateEnd = -1;
    int m_best = -1;
};

} // namespace Faultline
