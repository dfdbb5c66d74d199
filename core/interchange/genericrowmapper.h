#pragma once

#include "core/interchange/columnmapping.h"
#include "core/interchange/rowmapper.h"

#include <QHash>

namespace Faultline {

// Any CSV, through a ColumnMapping: date (and end date) at the precision
// written, title, actors separated by ";" or "|", a CAMEO type code, location
// and source. The evidence is the whole row, "column: value; ...". vis-timeline
// items read through it too, their group as TimelineJS reads its groups.
class GenericRowMapper : public RowMapper
{
    Q_DECLARE_TR_FUNCTIONS(Faultline::GenericRowMapper)

public:
    explicit GenericRowMapper(const ColumnMapping &mapping);

    DataFormat::Kind format() const override { return m_format; }
    void setFormat(DataFormat::Kind format) { m_format = format; }
    bool setHeader(const CsvRow &header, QString *error) override;
    bool map(const CsvRow &row, DataRecord *record, bool *skip, QString *reason) override;

private:
    ColumnMapping m_mapping;
    DataFormat::Kind m_format = DataFormat::Kind::GenericCsv;
    std::array<int, ColumnMapping::FieldCount> m_index{};
    int m_group = -1; // vis-timeline's group: a type or an actor, as in TimelineJS
    static constexpr qsizetype MaxKnownTypes = 256;
    QHash<QByteArray, int> m_typeRoots; // type column text -> CAMEO root (0: unknown)
    QList<QByteArray> m_header;
};

} // namespace Faultline
