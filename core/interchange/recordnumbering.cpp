#include "core/interchange/recordnumbering.h"

#include "core/store/bulkwriter.h"

namespace Faultline {

namespace {

void appendSourceKey(QByteArray &key, const DataRecord &record)
{
    key.append(record.outlet);
    key.append('\x1f');
    key.append(record.url);
    key.append('\x1f');
    key.append(record.sourceTitle);
}

} // namespace

QByteArray RecordNumbering::sourceKey(const DataRecord &record)
{
    QByteArray key;
    appendSourceKey(key, record);
    return key;
}

void RecordNumbering::number(DataRecord *record)
{
    for (DataRecord::ActorRef &actor : record->actors) {
        BulkWriter::actorKey(actor.name, m_key);
        const auto known = m_actors.constFind(m_key);
        if (known != m_actors.cend()) {
            actor.number = *known;
        } else {
            actor.number = int(m_actors.size());
            m_actors.insert(m_key, actor.number);
        }
    }
    m_key.resize(0);
    appendSourceKey(m_key, *record);
    const auto known = m_sources.constFind(m_key);
    if (known != m_sources.cend()) {
        record->sourceNumber = *known;
    } else {
        record->sourceNumber = int(m_sources.size());
        m_sources.insert(m_key, record->sourceNumber);
    }
}

} // namespace Faultline
