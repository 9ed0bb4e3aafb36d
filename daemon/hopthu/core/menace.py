"""Menaces without a threat word: advice that is a threat, a home said to burn easily, a child's school given
out, a call to stone a neighbour's house or burn the ward office. Pure, no I/O.

One of the abuse cues (`core.abusive`), beside `core.threats`. Each class is read with diacritics when the text
has them and folded when it has none, and none counts when the writer reports it ("kẻ gian nhắn tin: …", "dọa
…": `threats.REPORTED`):

* **advice that is a threat**: "lời khuyên" or "khuyên ông …" with a misfortune the person addressed could meet
  ("người làm việc ác hay gặp tai nạn", "mái tôn dễ bắt lửa lắm", "đoạn đó tối lắm", "nghỉ sớm cho khỏe");
* **a home or a car put in doubt**: "tôi không dám chắc chiếc ô tô của ông … còn nguyên vẹn đâu";
* **a child's school given out**: "con trai ông ta … học lớp 5A trường …" with a menace ("biết mặt", "chào
  hỏi", "cũng phải biết thế nào là khổ");
* **a call to harm a house or the ward's buildings**: "tối tối ném đá vào nhà nó", "đốt quách cái ủy ban";
* **the family of the person written about, left alone, with a warning**: "nói với thằng cán bộ là vợ nó … sáng nào
  cũng ngồi một mình, liệu mà …";
* **friends sent**: "… thì tụi nó ghé nhà ông chơi", "mấy đứa em tôi đang hỏi thăm ông";
* **a calamity tied to the writer's own claim**: "nếu tiền đền bù của nhà tôi vẫn không về thì tôi e là sẽ có một
  đám cháy rất to ở đó" (not a hazard warned of: "nếu không sửa dây điện thì sẽ có cháy" names no money or file);
* **a fire foretold for a home named with contempt**: "nhà lão có xăng có lửa cả, cẩn thận một đêm nào đó cháy
  không kịp chạy đâu";
* **a wish that is a threat**: "chúc ông ra đường bình an, … tai nạn thì ai mà biết trước được", "chúc bà mạnh khỏe,
  … trông con cẩn thận";
* **a proverb that is a threat**: "gieo gió thì gặt bão", "người tính không bằng trời tính" with a dare ("ông cứ
  đo sai tiếp đi") and the person's child or home;
* **self-harm to force the ward's hand** (the writer's own, not a relative's: "con tôi sẽ …"): "nếu phường không trả
  sổ, tôi sẽ mang chai thuốc sâu lên phòng tiếp dân uống", "mẹ con tôi cùng chết ở đó" (a threat that uses the
  writer's own life; not a neighbour feared for).
"""

from __future__ import annotations

import re

from hopthu.core.cuewords import Forms
from hopthu.core.textnorm import fold

_YOU = r"(?:anh|ông|bà|chị|cô|chú|mày|các ông|các bà|các vị)"
_THIRD = r"(?:ông ta|bà ta|ông ấy|bà ấy|anh ta|chị ta|hắn|lão|mụ|nó)"
#: Advice given to someone: "lời khuyên (chân thành) cho bà chủ tịch", "khuyên ông tổ trưởng nên …"; not advice to
#: the ward ("lời khuyên cho phường: ngõ 5 tối lắm").
_ADVICE = r"(?:lời khuyên(?: chân thành| nhỏ| thật lòng)? (?:cho|gửi|dành cho|tặng) |khuyên )" + _YOU
#: A misfortune the person advised could meet.
_MISFORTUNE = (r"(?:gặp tai nạn|tai nạn lắm|dễ bắt lửa|bắt lửa lắm|dễ cháy lắm|cẩn thận củi lửa|cẩn thận lửa"
               r"|tối lắm|vắng lắm|đoạn đê vắng|đường vắng|hối không kịp|nghỉ sớm cho khỏe|nghỉ hưu sớm cho khỏe"
               r"|về hưu sớm cho khỏe|gặp chuyện không hay|gặp bất trắc|có chuyện gì thì)")
#: The writer cannot vouch for the addressee's things: "tôi không dám chắc chiếc ô tô của ông … còn nguyên vẹn đâu".
_NO_GUARANTEE = (r"(?:tôi|tao|tui|chúng tôi) không (?:dám )?(?:chắc|đảm bảo|bảo đảm|hứa)(?:\s\w+){0,14}?\s(?:của )?"
                 + _YOU + r"(?:\s\w+){0,8}?\s(?:còn nguyên vẹn|còn nguyên|còn lành lặn|được an toàn|còn an toàn"
                 r"|yên ổn)")
#: A child of an official (or of the person written about), then where the child studies.
_CHILD_SCHOOL = (r"(?:con|con trai|con gái|đứa con|thằng con|cháu) (?:của )?(?:" + _YOU + r"|" + _THIRD + r")"
                 r"(?:\s[\w,]+){0,8}?\s(?:học lớp|học trường|học ở trường|đang học ở|tan học|tan trường)")
#: What makes the school a menace: "để anh em biết mặt", "'chào hỏi' thằng bé", "con nó cũng phải biết …".
_CHILD_MENACE = (r"(?:biết mặt|chào hỏi|hỏi thăm|thăm hỏi|thay bố|thay mẹ|thế nào là khổ|phải biết thế nào"
                 r"|cũng phải biết|con nó cũng|liệu hồn|cẩn thận|coi chừng|để ý)")
#: A call to harm a house or the ward's buildings: "ném đá vào nhà nó", "đốt quách cái ủy ban phường đi".
_HARM_HOUSE = (r"(?:ném|tạt|hắt|chọi) (?:đá|gạch|mắm tôm|chất bẩn|sơn|phân|dầu luyn|dầu nhớt) vào nhà (?:nó|hắn|mụ|lão"
               r"|chúng nó|bọn nó|thằng|con mụ|nhà nó)"
               r"|(?:đốt|đập|cho nổ|san phẳng)(?: quách| phăng| luôn| béng| hết| sạch)? (?:cái |cả )?(?:ủy ban|uỷ ban|ubnd"
               r"|trụ sở|nhà văn hóa|đồn công an)")

#: A family member of the person written about (not addressed), then left alone or in the dark.
_FAMILY_THIRD = (r"(?:vợ|chồng|con|con gái|con trai|thằng con|đứa con|cháu|mẹ|bố|vợ con|người nhà) (?:của )?(?:nó|hắn|lão"
                 r"|mụ|ông ta|bà ta|ông ấy|bà ấy|ổng|bả)(?:[\s,]+\w+){0,14}?[\s,]+(?:một mình|đường vắng|vắng lắm"
                 r"|tối lắm|đêm hôm)")
#: The warning that goes with it.
_WARNING = r"(?:liệu mà|liệu hồn|đừng trách|nhớ đấy|biết điều)"  # not "cẩn thận", "coi chừng": a neighbour's warning
#: Friends sent to the person addressed: after a condition ("… thì tụi nó ghé nhà ông chơi"), or already asking
#: after them ("mấy đứa em tôi đang hỏi thăm ông"). Not a bare "anh em": "nếu cần thì anh em đến nhà ông Tư".
_FRIENDS_WORDS = r"tụi nó|bọn nó|chúng nó|đàn em|mấy đứa em|đám đàn em|giang hồ|người của tao|người của tôi|anh em tao|anh em tôi"
_FRIENDS = r"(?:" + _FRIENDS_WORDS + r")"
_FRIENDS_SENT = (r"thì (?:" + _FRIENDS_WORDS + r") (?:sẽ )?(?:ghé|đến|tới|qua|sang|xuống|lên|tìm)(?: tận)?"
                 r" (?:nhà|thăm|hỏi thăm|chơi|nói chuyện|gặp)"
                 r"|" + _FRIENDS + r" (?:đang |sẽ |đã )?(?:hỏi thăm|thăm hỏi|để ý|nhắm) " + _YOU)
#: The writer's money or file not paid or settled, then a fire, a blast or blood: a threat dressed as a forecast.
_CLAIM_CALAMITY = (r"nếu(?:\s\w+){0,6}?\s(?:tiền|hồ sơ|đơn|sổ đỏ|giấy tờ|đền bù|bồi thường|quyết định)(?:\s\w+){0,8}?"
                   r"\s(?:không|chưa)(?:\s\w+){0,4}?\sthì(?:\s\w+){0,5}?\s(?:sẽ có|sẽ xảy ra)(?:\s\w+){0,2}?"
                   r"\s(?:đám cháy|vụ cháy|vụ nổ|án mạng|đổ máu|người chết|chuyện không hay|chuyện chẳng lành)")

#: A fire foretold for the home of the person written about, with contempt: "nhà lão có xăng có lửa cả, cẩn thận một
#: đêm nào đó cháy không kịp chạy đâu". Not a hazard warned of ("khu trọ đấu điện câu móc, có ngày cháy lớn chết
#: người"): it names no one's home with contempt.
_FIRE_FORETOLD = (r"(?:nhà|xe|quán|tiệm) (?:của )?(?:lão|mụ|hắn|mày|chúng mày|bọn nó|con mụ|thằng đó|con đó)(?:[\s,]+\w+)"
                  r"{0,14}?[\s,]+(?:cháy|bốc cháy|bén lửa|bắt lửa)(?: \w+){0,2}? (?:không kịp chạy|không kịp trở tay"
                  r"|rụi|trụi|ra tro|thành tro|lúc nào không hay|lúc nào không biết)")

#: A wish to an official ("chúc ông", "chúc bà"), then the misfortune nobody can foresee or a child to watch.
_WISH = r"chúc " + _YOU + r"(?:\s\w+){0,8}?\s(?:năm mới|ra đường|đi đường|và gia đình|mạnh khỏe|mạnh khoẻ|bình an|sức khỏe|sức khoẻ)"
_UNFORESEEN = (r"(?:ai mà biết trước|ai biết trước|chẳng ai biết trước|không ai biết trước|biết trước được chữ ngờ"
               r"|trông con cẩn thận|giữ con cẩn thận|coi chừng con)")
#: The dare that makes the wish a threat: "cứ ký cho nhà số 15 xây tiếp đi rồi xem", "bà mà còn duyệt … thì nên trông
#: con cẩn thận"; not a greeting beside a hazard ("chúc anh chị năm mới bình an; ngõ tối, tai nạn ai biết trước được").
_PRESSURE = r"(?:cứ(?:\s\w+){1,10}?\s(?:đi rồi xem|rồi xem|thử xem|nữa xem)|mà còn(?:\s\w+){1,10}?\sthì)"
#: A proverb of retribution, a dare to the person addressed, and their child or home.
_PROVERB = (r"(?:gieo gió (?:thì )?gặt bão|ác giả ác báo|người tính không bằng trời tính|quả báo nhãn tiền"
            r"|nhân nào quả nấy)")
_DARE = _YOU + r" cứ(?:\s\w+){1,10}?\s(?:đi|nữa đi|tiếp đi)(?!\w)"
_THEIRS = (r"(?:con nhỏ|thằng con|con gái|cháu bé|về một mình|ngõ vắng|lửa bén|bén lửa|không ai chạy kịp|chạy không kịp"
           r"|vợ con)")
#: The writer's own life laid down as a threat: "tôi sẽ mang chai thuốc sâu lên phòng tiếp dân uống", "tôi se treo co
#: truoc cong uy ban", "mẹ con tôi cùng chết ở đó", with the ward's office named.
_KIN_BEFORE = r"(?<!con )(?<!anh )(?<!chồng )(?<!vợ )(?<!bố )(?<!mẹ )(?<!em )(?<!bạn )(?<!chị )(?<!cháu )"
_SELF_HARM = (_KIN_BEFORE + r"(?:tôi|tui|tao) sẽ(?:\s[\w,]+){0,12}?\s(?:uống thuốc sâu|thuốc sâu|treo cổ|tự thiêu|tự tử|nhảy lầu"
              r"|tẩm xăng|cùng chết|chết ở đó|chết ở đấy|chết ngay tại|chết trước)"
              r"(?:\s\w+){0,10}?\s(?:phường|ủy ban|uỷ ban|ubnd|trụ sở|tiếp dân|trước mặt|cho cả phường|cho các ông|cho bà con)")
_SELF_HARM_BEFORE = (_KIN_BEFORE + r"(?:tôi|tui|tao) sẽ(?:\s[\w,]+){0,6}?\s(?:lên|ra|đến|tới|vào) (?:trụ sở|phường|ủy ban|uỷ ban|ubnd"
                     r"|phòng tiếp dân|cổng)(?:[\s,]+\w+){0,10}?[\s,]+(?:uống thuốc sâu|uống|treo cổ|tự thiêu|tự tử"
                     r"|cùng chết|chết ở đó|chết ở đấy)")


def _pair(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(r"(?<!\w)" + pattern + r"(?!\w)"), re.compile(r"(?<!\w)" + fold(pattern) + r"(?!\w)")


_ADVICE_RE, _MISFORTUNE_RE = _pair(_ADVICE), _pair(_MISFORTUNE)
_NO_GUARANTEE_RE, _CHILD_SCHOOL_RE, _CHILD_MENACE_RE, _HARM_HOUSE_RE = (
    _pair(_NO_GUARANTEE), _pair(_CHILD_SCHOOL), _pair(_CHILD_MENACE), _pair(_HARM_HOUSE))
_FAMILY_THIRD_RE, _WARNING_RE, _FRIENDS_SENT_RE = _pair(_FAMILY_THIRD), _pair(_WARNING), _pair(_FRIENDS_SENT)
_CLAIM_CALAMITY_RE, _FIRE_FORETOLD_RE = _pair(_CLAIM_CALAMITY), _pair(_FIRE_FORETOLD)
_WISH_RE, _UNFORESEEN_RE, _PROVERB_RE, _PRESSURE_RE = _pair(_WISH), _pair(_UNFORESEEN), _pair(_PROVERB), _pair(_PRESSURE)
_DARE_RE, _THEIRS_RE = _pair(_DARE), _pair(_THEIRS)
_SELF_HARM_RE, _SELF_HARM_BEFORE_RE = _pair(_SELF_HARM), _pair(_SELF_HARM_BEFORE)


def menaces(forms: Forms, reported: re.Pattern[str], window: int) -> list[str]:
    """The menaces made in `forms`; `reported` (folded, the `window` characters before a find) marks one the
    writer only reports."""
    strict, folded = forms.strict, forms.folded
    read = forms.marked if strict else folded
    pick = 0 if strict else 1

    def made(pair: tuple[re.Pattern[str], re.Pattern[str]]) -> list[re.Match[str]]:
        return [m for m in pair[pick].finditer(read) if not reported.search(folded, max(0, m.start() - window), m.start())]

    found: list[str] = []
    advice = made(_ADVICE_RE)
    if advice and (harm := made(_MISFORTUNE_RE)):
        found.append(advice[0].group(0) + " … " + harm[0].group(0))
    found += [m.group(0) for m in made(_NO_GUARANTEE_RE)]
    school = made(_CHILD_SCHOOL_RE)
    if school and (menace := _CHILD_MENACE_RE[pick].search(read, school[0].end())):
        found.append(school[0].group(0) + " … " + menace.group(0))
    found += [m.group(0) for m in made(_HARM_HOUSE_RE)]
    family = made(_FAMILY_THIRD_RE)
    if family and (warning := made(_WARNING_RE)):
        found.append(family[0].group(0) + " … " + warning[0].group(0))
    found += [m.group(0) for m in made(_FRIENDS_SENT_RE)]
    found += [m.group(0) for m in made(_CLAIM_CALAMITY_RE)]
    found += [m.group(0) for m in made(_FIRE_FORETOLD_RE)]
    wish = made(_WISH_RE)
    if wish and (unforeseen := _UNFORESEEN_RE[pick].search(read, wish[0].end())) and _PRESSURE_RE[pick].search(read):
        found.append(wish[0].group(0) + " … " + unforeseen.group(0))
    proverb = made(_PROVERB_RE)
    if proverb and (dare := _DARE_RE[pick].search(read)) and (theirs := _THEIRS_RE[pick].search(read)):
        found.append(proverb[0].group(0) + " … " + dare.group(0) + " … " + theirs.group(0))
    if harm := made(_SELF_HARM_RE) or made(_SELF_HARM_BEFORE_RE):
        found.append(harm[0].group(0))
    return found
