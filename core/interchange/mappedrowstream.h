#pragma once

#include "core/interchange/csvrow.h"
#include "core/interchange/datarecord.h"
#include "core/interchange/recordnumbering.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Faultline {

class RowMapper;

// Reads, maps and numbers (RecordNumbering) the rows of a data file on a
// thread of its own, a few batches ahead of the caller, so that parsing and mapping one batch overlaps with
// writing the one before. Memory stays bounded: a fixed number of batches
// circulate between the two threads and their buffers are reused.
//
// The source and the mapper belong to the stream's thread until the stream
// has ended (next() returned null) or was stopped: the caller must not touch
// them, or anything the source writes to, before then.
class MappedRowStream
{
public:
    struct Item
    {
        CsvRow row;
        DataRecord record; // views into row
        QString reason;    // why the row is bad, when !mapped
        bool mapped = false;
        bool skip = false; // a row that is not an event
    };

    // Reads the next row; false at the end of the data or on a read error.
    using Source = std::function<bool(CsvRow *row)>;
    // The progress of the source, read after each row on the stream's thread.
    using Position = std::function<qint64()>;

    MappedRowStream(Source source, Position position, RowMapper &mapper);
    ~MappedRowStream();
    MappedRowStream(const MappedRowStream &) = delete;
    MappedRowStream &operator=(const MappedRowStream &) = delete;

    // The next mapped row, valid until the following call; null at the end.
    const Item *next();
    // The source's position after the last row next() returned.
    qint64 position() const { return m_position; }
    // Ends the stream early and waits for its thread; next() then returns null.
    void stop();

private:
    struct Batch
    {
        std::vector<Item> items;
        int count = 0;
        qint64 position = 0;
        bool last = false; // the source ended after this batch
    };

    void produce();

    Source m_source;
    Position m_sourcePosition;
    RowMapper &m_mapper;
    RecordNumbering m_numbering;
    std::vector<std::unique_ptr<Batch>> m_batches;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch *> m_free;  // for the producer to fill
    std::deque<Batch *> m_ready; // for the consumer to read
    bool m_stopping = false;

    Batch *m_current = nullptr; // the consumer's batch
    int m_index = 0;
    bool m_ended = false;
    qint64 m_position = 0;
    std::thread m_thread;
};

} // namespace Faultline
