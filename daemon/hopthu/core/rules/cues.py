"""The cue words of weighing: the words around a keyword hit that say how much it counts (denied,
imagined, over, asked about, the letter's request, main issue or a further point, a landmark of the
address). `place.py` weighs with them; the engine adds them to its matcher (`cue_words`).
"""

from __future__ import annotations

from collections.abc import Iterable

# Cues written just before a hit that make it say the opposite of what the keyword says.
NEGATION_CUES = ("không có", "không hề", "chưa từng", "chưa hề", "chưa có", "không phải", "không bị", "chẳng có",
                 "không còn", "không phản ánh", "không liên quan")
# ("nhỡ" alone is "nhớ", to remember, once diacritics are gone: only in its phrases)
HYPOTHETICAL_CUES = ("nếu", "lỡ", "nhỡ có", "nhỡ mà", "nhỡ ra", "ngộ nhỡ", "giả sử", "phòng khi", "lỡ như", "nhỡ đâu", "kẻo", "đề phòng",
                     "phòng ngừa")
# Cues that put what follows in the past, over and done: it is context, not the letter's business.
PAST_CUES = ("năm ngoái", "năm trước", "tháng trước", "hồi trước", "trước đây", "đã xong", "đã khắc phục",
             "đã được khắc phục", "đã được giải quyết", "đã giải quyết xong", "hồi năm", "hồi tháng", "hồi đầu năm",
             "hồi cuối năm", "hồi tết",
             # whom the writer already told ("Tôi đã nói với anh công an khu vực, anh bảo phản ánh lên phường")
             "đã nói với", "đã báo với", "có nói với")
# Times of day or week gone by ("Tối qua có đám cháy nhỏ..."): the event they open is over unless the
# letter says it goes on ("từ hôm qua", below). They weigh nothing for routing (a theft last night is still
# the letter's business); they only keep a danger told of them from making the letter urgent.
EARLIER_CUES = ("hôm qua", "tối qua", "đêm qua", "chiều qua", "sáng qua", "trưa qua", "tuần trước", "hôm trước",
                "hôm kia", "tuần rồi", "mấy hôm trước", "lần trước", "tối thứ", "sáng thứ", "chiều thứ", "đêm thứ",
                "hôm thứ", "trưa thứ")
# Times of now. Those that say a thing goes on till now (BACK_CUES) also bring a sentence opened by a time gone
# by back to today ("Tối qua gió làm đổ cây, đến giờ cây vẫn nằm chắn đường"); the others (TODAY_CUES) only when
# far enough from it ("Tối qua mưa to, … sáng nay cây đổ"): "đang" also tells a story ("hôm qua lúc đang ngủ thì
# …"), and "sáng nay" an event over ("tối qua tôi lại nghe tiếng chị ấy khóc, sáng nay thấy mặt chị bầm tím").
# A cue word has one kind (`place._CUE_KIND`): the two lists share none, and "now" is both.
BACK_CUES = ("bây giờ", "hiện giờ", "lúc này", "đến giờ", "tới giờ", "giờ vẫn")  # "tới giờ": "từ sáng tới giờ"
TODAY_CUES = ("sáng nay", "trưa nay", "chiều nay", "tối nay", "đêm nay", "hôm nay", "đang")
NOW_CUES = TODAY_CUES + BACK_CUES
SINCE_CUES = ("từ hôm qua", "từ tối qua", "từ đêm qua", "từ chiều qua", "từ sáng qua", "từ trưa qua",
              "từ hôm trước", "từ tuần trước", "từ hôm kia", "từ mấy hôm trước",
              # a state now compared with an earlier one ("cây nghiêng hơn hôm qua"): it is today's
              "hơn hôm qua", "hơn tối qua", "hơn đêm qua", "hơn sáng qua", "hơn hôm trước", "hơn hôm kia",
              "hơn tuần trước", "hơn mấy hôm trước", "so với hôm qua", "so với hôm trước")
# Words that make a sentence a question: asking how a land title or a permit works is no dispute.
QUESTION_CUES = ("xin hỏi", "cho hỏi", "cho tôi hỏi", "muốn hỏi", "hỏi về", "có được không", "hay không",
                 "được không", "cho biết", "thì sao", "như thế nào", "làm sao", "cho em hỏi", "cho cháu hỏi",
                  "cho mình hỏi", "có nằm trong")
# Words that announce what the citizen asks for: the sentence holding them is the letter's purpose.
REQUEST_CUES = (
    "đề nghị", "kiến nghị", "yêu cầu", "mong", "xin", "kính đề nghị", "đề xuất", "phản ánh",
)
# Words that name the main issue of a letter with several: its sentence outweighs the rest.
MAIN_CUES = ("bức xúc nhất", "việc chính", "quan trọng nhất", "chủ yếu là", "việc cần nhất", "trước hết",
             "chủ yếu", "giải quyết nhất", "mong nhất", "lo nhất", "nghiêm trọng nhất", "trước tiên",
             # "1. Việc cần làm ngay: ..." announces the main item, not a danger of the next hours
             "việc cần làm ngay", "cần làm ngay", "việc gấp nhất")
# Words that introduce a secondary point: it counts less than the letter's business.
ASIDE_CUES = ("ngoài ra", "thêm nữa", "bên cạnh đó", "nhân tiện", "tiện thể", "ngoài việc", "cũng xin nói thêm",
              "việc phụ", "tiện đây", "thứ hai", "thứ ba", "thêm một việc", "một việc nữa", "còn một việc",
              "việc thứ hai", "việc thứ 2", "cũng xin báo", "cũng xin phản ánh", "cũng báo luôn",
              # "Một là, ... Hai là, ... Ba là việc chính: ..."; "Đồng thời nhờ phường ..." (a further request)
              "hai là", "ba là", "bốn là", "đồng thời",
              # "Cũng xin đề nghị Mặt trận ...": a further request after the letter's own
              "cũng xin đề nghị", "cũng đề nghị", "cũng kính đề nghị",
              # "Quán còn kê bàn ghế kín vỉa hè", "Xưởng còn có chục công nhân không khai báo": the business the
              # letter is about also does a second thing
              # (not "Khách của quán còn đỗ xe kín vỉa hè": parking is the noise's police matter too)
              "quán còn kê", "quán còn bày", "quán còn lấn", "quán còn chiếm", "quán lại còn kê", "xưởng còn",
              "xưởng lại còn",
              # "Còn việc đèn đường xin phường sửa sau.": a second matter put after the urgent one (r-3295); not
              # "còn việc" alone ("Tôi không còn việc làm")
              "còn việc khác", "còn việc nữa", "còn việc đèn", "còn việc cống", "còn việc rác", "còn việc đường")
# A bare "Gửi X:" salutes only where it opens the letter or a paragraph (not "tôi gửi góp ý", "gửi kèm ảnh").
SALUTATION_CUES = ("kính gửi", "đồng kính gửi", "kính thưa", "gửi")
# Words of thanks: a sentence of thanks opened by "Trước hết" is the letter's courtesy, not its main issue.
THANKS_CUES = ("cảm ơn", "cám ơn")
# Words telling of a habit or a state of months ("cứ mưa là nước tràn vào nhà", "đêm nào cũng rồ ga", "mấy tháng
# nay bốc mùi như mùi gas"): what follows them in their sentence recurs; it is no danger of the next hours.
RECURRING_CUES = ("cứ mưa là", "mưa là", "mưa xuống là", "mưa lớn là", "hễ mưa", "mỗi khi mưa", "mỗi lần mưa", "mỗi trận mưa", "mưa to là",
                  "ngày nào cũng", "đêm nào cũng", "tối nào cũng", "hôm nào cũng", "lần nào cũng", "mấy tháng nay",
                  "nhiều tháng nay", "quanh năm", "lâu nay")
# Words that open the writer's introduction ("Tôi là đảng viên chi bộ tổ 9."): without a request in the
# same sentence, it is context and counts like a secondary point.
INTRO_CUES = ("tôi là", "tôi tên là", "tên tôi là")
# Words turning from the story told first to the letter's business ("Năm ngoái ... đã được sửa, tôi xin cảm
# ơn. Nay tôi xin phản ánh ...", "Việc tôi muốn hỏi là ...", "Bữa nay tui viết thơ này là vì ..."): opening a
# sentence after the first, they make what comes before it background (`paragraphs.background`).
TURN_CUES = ("nay tôi xin", "nay tui xin", "nay chúng tôi xin", "nay gia đình tôi xin", "nay tôi viết",
             "hôm nay tôi viết", "bữa nay tui viết", "bữa nay tôi viết", "việc tôi muốn", "điều tôi muốn",
             "việc tôi cần", "điều tôi cần", "việc cần phường", "còn việc tôi", "điều tôi lo lắng", "lý do tôi viết",
             "tôi viết thư này là vì", "tôi viết thư này vì", "việc tui muốn", "chuyện tôi muốn", "chuyện tui muốn",
             # "Lần này tôi hỏi việc khác: ...", "Nay tôi phản ánh việc khác: ..." (a subject left behind: turns.py)
             "lần này tôi hỏi", "lần này tôi phản ánh", "lần này tôi xin", "nay tôi phản ánh", "nay tôi hỏi",
             "nay tui phản ánh", "nay tui hỏi", "lần này tui hỏi")
# Words by which the writer disowns the point of their sentence ("..., nhưng việc này phường đã xử lý mấy lần, tôi
# không nói thêm", "Việc đèn đường tôi chỉ nhắc qua"): it is a passing mention, no matter to route nor to
# co-ordinate (`evidence`: weighed like the story told before the letter's business).
DISOWN_CUES = ("không nói thêm", "không bàn thêm", "không nhắc thêm", "chỉ nói qua", "chỉ nhắc qua", "chỉ kể qua",
               "nói qua thôi", "nhắc qua thôi", "kể qua thôi", "không phải việc chính", "không phải việc tôi muốn",
               # "... chiếm hết cả đường nhưng đó không phải chuyện tôi muốn nói" (r-4799)
               "không phải chuyện tôi muốn nói", "không phải chuyện tôi muốn hỏi", "không phải chuyện tôi muốn phản ánh",
               "không phải chuyện tôi muốn bàn",
               "không cần phường giải quyết", "không cần phường xử lý", "không cần trả lời",
               # a point put off by the writer ("..., nhưng việc đó để sau", r-3439)
               "việc đó để sau", "chuyện đó để sau", "việc này để sau",
               # a point the writer calls small ("Sáng ra để lại rác và vỏ chai nhưng chuyện đó nhỏ", r-5048)
               # after "nhưng" only: "Nhiều người nghĩ chuyện đó nhỏ nhưng …" says the opposite, and unmarked
               # "viec do nho cong an" is "việc đó nhờ công an" (review 54a)
               "nhưng chuyện đó nhỏ", "nhưng việc đó nhỏ", "chuyện đó nhỏ thôi", "việc đó nhỏ thôi",

               # an office that said the matter is not theirs ("Tôi đã hỏi công an khu vực thì họ bảo không phải
               # việc của họ", r-3443): its words are context, not a co-ordinator
               "không phải việc của họ", "không phải việc của anh ấy", "không phải việc của chị ấy")
# Words making the keyword right after them a landmark of the address ("trước trường mầm non", "dưới gầm cầu"),
# or an end of a stretch of road ("đoạn từ cổng trường tiểu học đến ngã ba")
PLACE_CUES = ("trước", "ngay trước", "phía trước", "cạnh", "bên cạnh", "kế bên", "sát bên", "gần", "đối diện",
              "gầm", "dưới gầm", "đoạn từ", "từ cổng", "trước cổng", "ngay cổng", "gắn ở", "gắn trên", "treo ở",
              "treo trên", "phía sau", "đằng sau", "rẽ từ", "rẽ ra từ", "ở buổi", "tại buổi", "trong buổi")
CUES: dict[str, tuple[str, ...]] = {
    "negation": NEGATION_CUES, "hypothetical": HYPOTHETICAL_CUES, "past": PAST_CUES,
    "request": REQUEST_CUES, "main": MAIN_CUES, "aside": ASIDE_CUES, "salutation": SALUTATION_CUES,
    "intro": INTRO_CUES, "place": PLACE_CUES, "earlier": EARLIER_CUES, "since": SINCE_CUES,
    "question": QUESTION_CUES, "now": TODAY_CUES, "back": BACK_CUES, "thanks": THANKS_CUES, "recurring": RECURRING_CUES,
    "turn": TURN_CUES, "disown": DISOWN_CUES,
}


def cue_words() -> Iterable[str]:
    """Every cue as written: the engine adds them to its matcher."""
    for words in CUES.values():
        yield from words
