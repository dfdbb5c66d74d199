#include "core/interchange/mappedrowstream.h"

#include "core/interchange/rowmapper.h"

namespace Faultline {

namespace {

// Eight batches of 256 rows: about a megabyte of rows of the usual exports in
// flight, and a hand-over between the threads only every 256 rows.
constexpr int BatchCount = 8;
constexpr int BatchRows = 256;

} // namespace

MappedRowStream::MappedRowStream(Source source, Position position, RowMapper &mapper)
    : m_source(std::move(source))
    , m_sourcePosition(std::move(position))
    , m_mapper(mapper)
{
    for (int i = 0; i < BatchCount; ++i) {
        auto batch = std::make_unique<Batch>();
        batch->items.resize(BatchRows);
        m_free.push_back(batch.get());
        m_batches.push_back(std::move(batch));
    }
    m_thread = std::thread([this] { produce(); });
}

MappedRowStream::~MappedRowStream()
{
    stop();
}

void MappedRowStream::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_ended = true;
    m_current = nullptr;
}

void MappedRowStream::produce()
{
    for (;;) {
        Batch *batch = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_free.empty(); });
            if (m_stopping)
                return;
            batch = m_free.front();
            m_free.pop_front();
        }
        batch->count = 0;
        batch->last = false;
        while (batch->count < BatchRows) {
            Item &item = batch->items[size_t(batch->count)];
            if (!m_source(&item.row)) {
                batch->last = true;
                break;
            }
            item.record.clear();
            item.reason.clear();
            item.skip = false;
            item.mapped = m_mapper.map(item.row, &item.record, &item.skip, &item.reason);
            if (item.mapped && !item.skip)
                m_numbering.number(&item.record);
            ++batch->count;
        }
        batch->position = m_sourcePosition ? m_sourcePosition() : 0;
        const bool last = batch->last;
        {
            const std::lock_guard lock(m_mutex);
            m_ready.push_back(batch);
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}

const MappedRowStream::Item *MappedRowStream::next()
{
    for (;;) {
        if (m_ended)
            return nullptr;
        if (m_current) {
            if (m_index < m_current->count)
                return &m_current->items[size_t(m_index++)];
            const bool last = m_current->last;
            {
                const std::lock_guard lock(m_mutex);
                m_free.push_back(m_current);
            }
            m_changed.notify_all();
            m_current = nullptr;
            if (last) {
                m_thread.join(); // it has returned after handing over its last batch
                m_ended = true;
                return nullptr;
            }
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        m_current = m_ready.front();
        m_ready.pop_front();
        m_index = 0;
        m_position = m_current->position;
    }
}

} // namespace Faultline
