#include "core/interchange/datadates.h"

namespace Faultline {

namespace {

struct Token
{
    enum class Type { Number, Word } type = Type::Number;
    qint64 value = 0; // number, or month for a word
    int digits = 0;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::optional<DateSpan> make(qint64 year, int month, int day)
{
    // A day without a month ("2020-00-14") is no date, not the whole year.
    if (month == 0)
        return day == 0 ? std::optional<DateSpan>(DateSpan::year(year)) : std::nullopt;
    if (month < 1 || month > 12)
        return std::nullopt;
    if (day == 0)
        return DateSpan::month(year, month);
    if (!DateSpan::isValidDate(year, month, day))
        return std::nullopt;
    return DateSpan::day(year, month, day);
}

qint64 fullYear(const Token &token)
{
    if (token.digits == 2) // 16 -> 2016, 97 -> 1997
        return token.value < 50 ? 2000 + token.value : 1900 + token.value;
    return token.value;
}

} // namespace

int DataDates::monthFromName(QByteArrayView word)
{
    static constexpr const char *Names[] = {"january",
                                            "february",
                                            "march",
                                            "april",
                                            "may",
                                            "june",
                                            "july",
                                            "august",
                                            "september",
                                            "october",
                                            "november",
                                            "december"};
    if (word.size() < 3)
        return 0;
    char lower[10] = {};
    if (word.size() > 9)
        return 0;
    for (qsizetype i = 0; i < word.size(); ++i)
        lower[i] = char(word[i] | 0x20);
    for (int m = 0; m < 12; ++m) {
        const char *name = Names[m];
        const qsizetype length = qsizetype(qstrlen(name));
        // the full name, its first three letters, or "Sept"
        const bool abbreviation = word.size() == 3 || (m == 8 && word.size() == 4);
        if (word.size() != length && !abbreviation)
            continue;
        if (qstrncmp(lower, name, uint(word.size())) == 0)
            return m + 1;
    }
    return 0;
}

std::optional<DateSpan> DataDates::parse(QByteArrayView text, Order order)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    // ISO with a time after it: "2019-05-03 00:00:00.000", "2019-05-03T10:00:00Z".
    if (text.size() > 10 && isDigit(text[0]) && text[4] == '-' && text[7] == '-'
        && (text[10] == ' ' || text[10] == 'T'))
        text = text.first(10);

    Token tokens[4];
    int count = 0;
    char separator = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (isDigit(c)) {
            if (count == 4)
                return std::nullopt;
            Token &token = tokens[count++];
            token.type = Token::Type::Number;
            while (i < text.size() && isDigit(text[i])) {
                if (++token.digits > 8)
                    return std::nullopt;
                token.value = token.value * 10 + (text[i] - '0');
                ++i;
            }
            // ordinal suffixes: 1st, 2nd, 3rd, 4th
            if (i + 1 < text.size() && isLetter(text[i]) && isLetter(text[i + 1])
                && (i + 2 == text.size() || !isLetter(text[i + 2]))) {
                const char a = char(text[i] | 0x20), b = char(text[i + 1] | 0x20);
                if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
                    || (a == 't' && b == 'h'))
                    i += 2;
            }
        } else if (isLetter(c)) {
            const qsizetype begin = i;
            while (i < text.size() && isLetter(text[i]))
                ++i;
            const int month = monthFromName(text.sliced(begin, i - begin));
            if (month == 0 || count == 4)
                return std::nullopt;
            Token &token = tokens[count++];
            token.type = Token::Type::Word;
            token.value = month;
        } else if (c == '-' || c == '/' || c == '.' || c == ' ' || c == ',') {
            if (c != ' ' && c != ',' && separator == 0)
                separator = c;
            ++i;
        } else {
            return std::nullopt;
        }
    }
    using T = Token::Type;
    auto number = [&](int index, int minDigits, int maxDigits) {
        return index < count && tokens[index].type == T::Number && tokens[index].digits >= minDigits
               && tokens[index].digits <= maxDigits;
    };
    auto word = [&](int index) { return index < count && tokens[index].type == T::Word; };

    if (count == 1 && number(0, 8, 8)) { // 20200914
        const qint64 v = tokens[0].value;
        return make(v / 10000, int(v / 100 % 100), int(v % 100));
    }
    if (count == 1 && number(0, 6, 6) && separator == 0) // 202009
        return make(tokens[0].value / 100, int(tokens[0].value % 100), 0);
    if (number(0, 1, 4) && tokens[0].digits >= 3) { // year first
        if (count == 1)
            return make(tokens[0].value, 0, 0);
        if (count == 2 && number(1, 1, 2))
            return make(tokens[0].value, int(tokens[1].value), 0);
        if (count == 3 && number(1, 1, 2) && number(2, 1, 2))
            return make(tokens[0].value, int(tokens[1].value), int(tokens[2].value));
        if (count == 2 && word(1))
            return make(tokens[0].value, int(tokens[1].value), 0);
        return std::nullopt;
    }
    if (count == 3 && number(0, 1, 2) && word(1) && (number(2, 4, 4) || number(2, 2, 2)))
        return make(fullYear(tokens[2]), int(tokens[1].value), int(tokens[0].value));
    if (count == 3 && word(0) && number(1, 1, 2) && number(2, 4, 4))
        return make(tokens[2].value, int(tokens[0].value), int(tokens[1].value));
    if (count == 2 && word(0) && number(1, 4, 4))
        return make(tokens[1].value, int(tokens[0].value), 0);
    if (count == 3 && number(0, 1, 2) && number(1, 1, 2) && (number(2, 4, 4) || number(2, 2, 2))) {
        int day = int(tokens[0].value);
        int month = int(tokens[1].value);
        // The order the caller expects, unless only the other one can be a date.
        if ((order == Order::MonthFirst && day <= 12) || month > 12)
            std::swap(day, month);
        return make(fullYear(tokens[2]), month, day);
    }
    return std::nullopt;
}

} // namespace Faultline
