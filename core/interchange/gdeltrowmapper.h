#pragma once

#include "core/interchange/rowmapper.h"

namespace Faultline {

// GDELT event files: tab-separated without a header; 1.0 has 57 columns
// (historical back files) or 58 (daily files, with SOURCEURL), 2.0 has 61.
// EventRootCode is our CAMEO root; the QuadClass follows from it.
class GdeltRowMapper : public RowMapper
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::GdeltRowMapper)

public:
    DataFormat::Kind format() const override { return m_format; }
    bool hasHeader() const override { return false; }
    // The header is the first data row: it fixes the column count and layout.
    bool setHeader(const CsvRow &firstRow, QString *error) override;
    bool map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason) override;

    // Whether a row has the shape of a GDELT event row; the format it is in.
    static DataFormat::Kind detect(const CsvRow &row, char delimiter);

private:
    static Actor::Kind kindOf(QByteArrayView code, QByteArrayView country, QByteArrayView type);

    DataFormat::Kind m_format = DataFormat::Kind::Gdelt1;
    int m_actionGeo = 0; // ActionGeo_Type
    int m_latitude = 0;
    int m_longitude = 0;
    int m_url = -1;
    QByteArray m_detail; // scratch for the evidence line
};

} // namespace Faultline
