"""Threats: made ones, not ones the writer reports or suffered. Pure, no I/O.

One of the abuse cues (`core.abusive`): threats of violence or public shaming by their phrase ("cho biết tay") or
their shape ("tao đập chết", "biết nhà mày"), and the veiled threat that names the family of the person
addressed, left alone or in the dark, while telling that person what to do. A threat the writer reports
("dọa sẽ đốt nhà", "kẻ gian nhắn tin: …") or suffered ("bị … chặn đánh") is a complaint, not abuse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hopthu.core.cuewords import Forms, Phrases
from hopthu.core.textnorm import fold

#: Threats of violence or of public shaming.
THREAT = Phrases(
    "cho nó biết tay", "cho biết tay", "cho nó một nhát", "cho một nhát", "cho nó một trận",
    "đừng trách tôi", "đừng trách tao", "đừng có trách", "coi chừng", "hãy coi chừng", "liệu hồn",
    "nói trước rồi đấy", "nói trước rồi đó", "tao cho nó", "tao cho mày", "tao sẽ cho",
    "xử nó", "xử đẹp", "xử lý nó luôn", "giết nó", "giết cả nhà",
    "tung lên mạng", "đăng lên mạng cho", "bóc phốt", "ảnh ghép", "cho cả nước biết", "đăng ngay lên",
    "đánh chết", "không yên đâu", "không để yên", "biết tay tao",
    "biết tay", "sẽ biết tay", "chém chết", "tao chém", "đánh cho gãy", "cho gãy chân", "đập nát", "banh xác",
    "mang quan tài",
    "khiêng quan tài", "đưa quan tài", "mày sẽ chết", "chúng mày sẽ chết", "bọn mày sẽ chết", "go to hell", "make him pay",
    "make you pay", "tôi giết", "tao giết", "giết nó", "giết cả", "ra đường cẩn thận nhé", "ra đường cẩn thận đấy",
    "ra đường cho cẩn thận",
    "biết mặt rồi", "qua hỏi thăm", "rồi sẽ biết", "rồi các ông sẽ biết",
    "phải hối hận", "sẽ hối hận", "làm liều", "đừng trách", "không sợ đi tù", "đứa nào động vào",
    "cho bọn nó biết", "cho chúng nó biết", "tung lên mạng cho", "tung ảnh",
    # not a bare "ảnh nóng": without marks "anh nong" is also "anh Nông" (a man named Nông), "anh nông dân"
    "ảnh nóng của", "đăng ảnh nóng", "phát tán ảnh nóng",
    "liệu thần hồn", "coi chừng cái mạng", "không còn đường sống", "chết với tao",
    "nhớ nhìn trước nhìn sau", "liệu mà nhìn trước nhìn sau", "đi đêm có ngày", "lúc đấy đừng hỏi", "lúc đó đừng hỏi", "lúc ấy đừng hỏi",
    "lúc đấy đừng trách", "lúc đó đừng trách", "đừng bảo không báo trước", "đừng bảo tôi không báo trước",
    "đừng bảo tao không báo trước", "đừng nói không báo trước", "đừng trách không báo trước",
    "không nói nhiều đâu", "đừng ai ngăn", "đừng ai cản", "có sẵn con dao", "có sẵn dao", "tao mà biết mặt",
    "cẩn thận cái mồm", "coi chừng cái thân", "liệu mà giữ mồm",
    "cho mày chết", "mày chết chắc", "chết chắc rồi", "cho ăn đòn", "ăn dao", "sẽ lãnh đủ", "lãnh đủ", "tao trả thù",
    "sẽ trả thù", "tao thề sẽ", "đừng hòng yên", "sẽ đổ máu", "có đổ máu", "đặt bom", "đánh bom", "bom xăng",
    "đón đường mày", "đón đường nó", "tao đón đường", "sẽ đón đường", "chặn đánh", "sẽ tìm đến tận nhà", "tao tìm đến tận nhà",
    "tìm đến tận nhà mày", "đến tận nhà xử",  # not a bare "tìm đến tận nhà": an officer returning a lost wallet
    "tao bắn", "bắn bỏ", "cho nổ bình gas", "tạt xăng",
    "chết hết đi", "chết đi cho", "chết hết cho", "chết sạch đi", "đi chết đi",
    # a death wished as a blessing: "Cầu cho cái thằng chủ tịch phường chết sớm cho dân nhờ"
    "chết sớm cho dân", "chết sớm cho rảnh", "chết sớm đi", "chết quách đi", "chết quách cho", "chết cho dân nhờ",
    "chết cho rảnh nợ",
    "chất nổ", "thuê giang hồ", "gọi giang hồ", "tao đâm", "đâm mày", "đâm cho", "chém cho", "xin tí tiết",
    "dạy cho một bài học", "cho một bài học", "đánh cho nhừ", "nhừ đòn", "không xong với tao", "không tha đâu",
    "tao không tha", "tạt axit", "lấy mạng", "thuê người đánh", "xã hội đen",
    # whose folded form is an ordinary phrase ("đốt nhà" as "dột nhà", a leaking roof; "cho ra đường" as "chó ra
    # đường", a dog let out; "ăn dao" as "án đào"): held to their marks in a text written with them. Not a
    # bare "chém": a witness writes "đang đuổi chém nhau".
    "cho ra đường", "đốt nhà", "đốt nó", "đốt trụ sở", "đốt xe", "chém mày", "chém nó", "đâm chết", "cứ chờ đấy",
    "cứ đợi đấy", "chờ đấy mà xem",
    "có ngày gặp ma", "đánh cho nhớ đời", "đập cho nhớ đời", "đánh cho chừa",
    "coi như xác định", "cho nổ bình ga", "nổ bình ga", "chết chung", "chết chùm", "đừng hòng sống yên",
    "đừng mong sống yên", "đừng hòng ngủ yên",
    # a misfortune called deserved: "nhà ông ấy mà cháy thì cũng là trời phạt"
    "sẽ tự ra tay", "tự ra tay thôi",
    "là trời phạt", "trời phạt thôi", "sẽ bị quả báo", "gặp quả báo", "quả báo thôi", "có ngày quả báo",
    "chết sạch cho",
    # a death wished in passing: "ăn nhiều tiền dân cho nghẹn, … kẻo xe tông không ai nhặt xác"
    "không ai nhặt xác", "chẳng ai nhặt xác", "tiền dân cho nghẹn", "ăn cho nghẹn", "nghẹn mà chết",
    # told to hide or to move out: "thằng nào cắt trộm dây điện thì liệu mà trốn cho kỹ", "liệu mà dọn nhà đi"
    "liệu mà trốn", "trốn cho kỹ", "trốn cho kĩ", "liệu mà dọn nhà", "liệu mà chuyển nhà", "liệu mà bán nhà",
    # a reckoning promised by proverb: "đời còn dài, sông còn có khúc, người còn có lúc"
    "sông còn có khúc", "sông có khúc người có lúc", "người còn có lúc",
)
#: Threats by their shape rather than by a fixed phrase: the writer ("tao", "tôi") doing violence that kills or
#: maims ("tao đập chết", "tôi sẽ đánh cho gãy chân"), "biết nhà mày ở đâu", "ra đường nhớ cẩn thận", "mày sẽ
#: phải trả giá", "cứ bênh đi rồi xem". Written with diacritics ("tao" folds to "tạo" as in "tạo điều kiện"),
#: and folded when the whole text has none.
_THREAT_SHAPES = (
    r"(?:tao|tôi|tui|bọn tao|chúng tao)\s(?:sẽ\s|phải\s|cho\s|mà\s)?(?:đập|đánh|chém|đâm|bắn|giết|tạt|xử)"
    # not "ở quê" typed bare: "toi ban manh dat o que" is "tôi bán mảnh đất ở quê" (r-5226)
    r"\s(?:\w+\s){0,3}?(?:chết|nát|gãy|tan xác|(?<!\sở )què|tàn phế|nhừ)",
    # maiming by the writer: "tao bắt được là tao móc mắt nó", "tôi chặt tay"
    r"(?:tao|tôi|tui|bọn tao|chúng tao)\s(?:sẽ\s|cho\s|mà\s)?(?:móc mắt|chặt tay|chặt chân|cắt gân|bẻ răng|bẻ cổ|vặn cổ"
    r"|cắt cổ|cắt lưỡi|xẻo tai|rạch mặt|lột da|cắt tiết|cắt gân chân)",
    # a building burned to ashes: "tao cho cả cái trụ sở thành đống tro"
    r"(?:tao|tôi|tui|bọn tao|chúng tao)(?:\s(?:sẽ|mà|thề))?\scho(?:\s\w+){1,5}?\sthành (?:đống tro|tro bụi|tro|bình địa"
    r"|đống gạch vụn|than)",
    # people set to watch the person addressed: "tao đã cho người canh rồi"
    r"(?:tao|bọn tao|chúng tao)(?: đã)? cho (?:người|anh em|đàn em) (?:canh|rình|theo dõi|theo|đón|chờ)",
    # the comings and goings of the person addressed noted: "tôi đã ghi lại biển số xe và giờ đi làm về của chị"
    r"(?:tao|tôi|tui|bọn tao)(?: đã| cũng| đều)? (?:ghi lại|ghi|nắm|biết|thuộc|chụp lại)(?: được| hết| rõ| cả)?"
    r"(?:\s\w+){0,5}?\s(?:giờ đi làm|giờ về|giờ đi về|giờ tan làm|giờ đi học|giờ tan học|lịch đi làm|đường đi làm)"
    r"(?:\s\w+){0,3}? của (?:con |vợ |chồng |cháu |bố |mẹ )?(?:anh|ông|bà|chị|cô|chú|mày|các ông|cán bộ|lão|mụ|hắn)",
    r"biết nhà (?:mày|nó|ông|bà|chúng mày|bọn mày|mụ|thằng)",
    r"(?:mày|ông|bà|mụ|hắn|chúng mày|bọn mày)(?:\s\w+){0,3}?\sra đường(?:\s\w+){0,2}\scẩn thận",
    # a condition, then the street: "… lần nữa thì ra đường nhớ để ý" (not a warning: "ra đường nhớ cẩn thận xe")
    r"thì ra đường (?:nhớ |mà |cho )?(?:cẩn thận|để ý|coi chừng)",
    # looking over one's shoulder advised to the person addressed, out of doors: "ra đường nhớ nhìn trước ngó sau" (not
    # "phải nhìn trước ngó sau" at a crossing, nor "bà con nhớ nhìn trước ngó sau khi qua đường tàu")
    r"(?:ra đường|đi đường|ra ngoài|đi đêm|mày|mụ|hắn|lão|chúng mày|bọn mày)(?: thì| cứ)? (?:nhớ|liệu mà|liệu)"
    r" (?:nhìn|ngó|coi) trước (?:nhìn|ngó|coi) sau",
    # the face of the person addressed learnt: "mặt mũi mày tao thuộc lòng", "mặt mày tao nhớ rồi"
    r"mặt (?:mũi )?(?:mày|chúng mày|bọn mày|mụ|hắn) (?:tao|tôi|tui|bọn tao) (?:đã )?(?:thuộc|nhớ|biết|ghi)",
    r"(?:mày|ông|bà|nó|chúng mày|bọn mày|các ông|bọn nó|chúng nó|mụ|hắn)\s(?:cũng\s|rồi\s)?(?:sẽ\s)?(?:phải\s)?trả giá",
    r"(?:đi|đấy|đó)\srồi (?:xem|biết)(?!\w)|rồi (?:mày|chúng mày|bọn mày) (?:xem|biết)",
    # the writer destroying or burning something, or themselves: "tao sẽ đốt cái quán", "tôi sẽ cho nổ tung trụ sở"
    r"(?:tao(?:\s(?:sẽ|cho|mà))?|(?:tôi|tui|chúng tôi) sẽ(?:\s(?:cho|mang xăng|mang))?)\s(?:đốt|cho nổ|nổ tung|tự thiêu|thiêu|san bằng)"
    r"(?!\s(?:rác|lá|vàng mã|nhang|hương))",
    r"tự thiêu",
    # veiled: "nhà bà ở đâu tôi biết cả", "bà xác định đi", "đừng để tôi gặp", "sẽ có người xử", "tao không chịu
    # trách nhiệm đâu", "tôi sẽ mang can xăng lên", "nó không sống yên đâu"
    r"nhà (?:mày|ông|bà|nó|mụ|hắn|chúng mày|bọn mày) ở đâu (?:tao|tôi|tui) (?:cũng |đều )?biết",
    r"(?:mày|ông|bà|mụ|nó|hắn|chúng mày|bọn mày|các ông|các bà) (?:cứ |thì )?xác định đi",
    r"(?:tao|tôi|tui) không chịu trách nhiệm (?:đâu|gì đâu|gì hết)",
    # "lúc đấy tôi không chịu trách nhiệm về những gì xảy ra đâu"
    r"(?:tao|tôi|tui|chúng tôi|bọn tao) (?:sẽ )?không (?:chịu|dám chắc|bảo đảm|đảm bảo)(?: trách nhiệm)? (?:về|cho|với)"
    r" (?:những |các )?(?:gì|chuyện|việc)(?: gì)?(?: sẽ| có thể)? xảy ra",
    r"đừng để (?:tao|tôi|tui|bọn tao|anh em tao) (?:phải )?(?:gặp|bắt được|thấy mặt|tóm được|biết mặt|ra tay|động tay|làm căng)",
    # the writer knows where the target's family or car is: "tôi biết xe ông đậu ở đâu", "biết con bà học trường nào"
    r"(?:tao|tôi|tui|bọn tao)(?: cũng| đều| thừa)? biết (?:con|vợ|chồng|cháu|bố|mẹ|xe|cả nhà) (?:mày|ông|bà|mụ|hắn|lão"
    r"|chúng mày|bọn mày|các ông)(?:\s(?:đậu|đỗ|để|làm|sống|hay đi|đi))?\s(?:ở đâu|học trường nào|học ở đâu|làm ở đâu"
    r"|mấy giờ|đi đường nào)",  # not "con ông Tám học trường nào": a person named
    # a family's safety put in doubt: "rồi xem con bà đi học về có an toàn không"
    r"(?:con|vợ|chồng|cháu|cả nhà|gia đình|nhà) (?:mày|ông|bà|mụ|hắn|lão|chúng mày|bọn mày|các ông)(?:\s\w+){0,6}?"
    r"\s(?:có |còn )?(?:an toàn|yên ổn|bình yên|lành lặn|nguyên vẹn) (?:không|được không|được bao lâu|mãi)",
    # "gia đình ông có bình an hay không là tùy ông đấy"
    r"(?:an toàn|bình an|yên ổn|bình yên|yên thân) hay không (?:là )?(?:tùy|do|phụ thuộc vào) (?:ông|bà|mày|mụ|hắn|lão"
    r"|các ông|chúng mày|bọn mày)",
    # advice that is a threat: "tôi mà là ông thì tôi đi đêm cẩn thận"
    r"(?:tôi|tao|tui) mà là (?:ông|bà|mày|mụ|hắn|lão|các ông)(?:\s\w+){0,2}? thì(?:\s\w+){0,4}?\s(?:cẩn thận|coi chừng"
    r"|ở yên trong nhà|đừng ra đường|liệu mà)",
    r"sẽ có người (?:đến |tới )?(?:xử(?! lý)|dạy|hỏi thăm|nói chuyện|xử đẹp)",
    r"(?:tao|tôi|tui) (?:sẽ )?mang (?:can |chai |bình )?xăng",
    r"(?:tao|tôi|tui|chúng tôi|bọn tao)(?: sẽ| mà| phải)? (?:tưới|xách|đem|châm) (?:can |chai |bình )?(?:xăng|lửa)",
    # maiming promised: "nó không còn răng mà ăn cơm"
    r"(?:mày|nó|hắn|ông|bà|mụ|lão) (?:sẽ )?không còn (?:răng|cái răng|chân|cái chân|mạng) (?:mà|để)",
    r"(?:mày|nó|hắn|chúng mày|bọn mày|chúng nó)(?:\s\w+){0,3}?\skhông (?:sống|ở) yên",
    # "share thật mạnh cho ông ta hết đường sống" (not "dân hết đường sống": the writer's own plight)
    r"cho (?:nó|hắn|mụ|lão|ông ta|bà ta|ông ấy|bà ấy|chúng nó|bọn nó|mày|cả nhà nó) (?:hết|không còn) đường sống",
    # a warning passed on to its target: "nhắn giùm thằng tổ trưởng là đi đêm về nên cẩn thận", "bảo mụ ấy liệu mà …"
    r"(?:nhắn|bảo|nói)(?: giùm| giúp| hộ| với| cho)? (?:thằng|con mụ|mụ|lão|hắn|cái thằng|con)(?:\s\w+){0,12}?"
    r"\s(?:nên cẩn thận|nhớ cẩn thận|coi chừng|liệu mà|liệu hồn|biết điều)",
    # a death wish: "mong cho cả lũ cán bộ phường bị xe tông hết", "cầu cho nó chết"
    # ("cầu trời cho thằng cha phó công an phường Mai Văn Sang ra đường bị xe tông": a title and a name between)
    r"(?:mong|cầu|chúc|trù)(?: trời| ông trời| trời phật| phật)?(?: cho)? (?:cả )?(?:dòng họ nhà|dòng họ|lũ|bọn|nhà|họ nhà"
    r"|thằng|con mụ|mụ|mấy thằng|chúng nó|tụi nó|nó|chúng mày|bọn mày|hắn|lão|con mẹ|mấy ông)(?:\s\w+){0,12}?"
    r"\s(?:bị\s|gặp\s)?(?:chết|xe tông|xe cán|xe tải|xe đâm"
    r"|tai nạn|ung thư|tuyệt tự|đột quỵ|chết không toàn thây|nạn|tai họa|tai ương|xuống lỗ|chết sớm|tàn phế)",
    # "rồi có ngày cả nhà ông ra đường …": a day of reckoning promised to the person addressed
    r"rồi có ngày (?:cả nhà |cả lũ |cả họ )?(?:mày|ông(?! bà)|bà(?! con)|chúng mày|bọn mày|hắn|mụ|lão|các ông)",
    # "rồi anh sẽ biết." closing a demand
    r"rồi (?:anh|ông|bà|chị|cô|chú|các ông|các anh|các người) (?:sẽ )?(?:biết|thấy)(?=\s?[.!…]|\s?$)",
    # a death wished in a euphemism: "mong … sớm được nghỉ hưu vĩnh viễn", "chúc ông … rồi sớm về với tổ tiên"
    r"(?:mong|cầu|chúc|trù)(?:[\s,.…]+\w+){0,16}?[\s,.…]+sớm (?:được |mà )?(?:\w+ ){0,3}?(?:về với tổ tiên|về chầu \w+|xuống lỗ"
    r"|về với đất|về cõi|đi gặp (?:ông bà|tổ tiên|diêm vương)|dưới ba tấc đất|nghỉ hưu vĩnh viễn|xuống suối vàng|xanh cỏ"
    r"|nằm hòm|vào hòm|nằm quan tài|đi bán muối|lên bàn thờ|ra nghĩa địa|ra nghĩa trang|về nơi chín suối)",
    # a misfortune hoped away: "mong là nhà anh không bao giờ bị cháy"
    r"mong (?:là |sao |cho )?(?:nhà|xe|con|vợ|chồng|gia đình|cả nhà|người nhà|cháu) (?:anh|ông|bà|chị|cô|chú|mày"
    r"|các ông)(?:\s\w+){0,3}? (?:không|chẳng) (?:bao giờ |có ngày |phải )?(?:bị |gặp )?(?:cháy|mất|tai nạn|chuyện gì"
    r"|làm sao|bất trắc)",
    # a mishap foretold to the family of the person addressed: "ông nên giải quyết sớm, kẻo có chuyện gì không may xảy
    # ra với gia đình ông" (not "kẻo có chuyện không may với các cháu": a hazard warned of, no one addressed)
    r"(?:kẻo|không thì|bằng không|nếu không thì)(?:\s\w+){0,2}?\s(?:có\s|xảy ra\s|gặp\s)?chuyện(?:\sgì)?\s(?:không may"
    r"|không hay|chẳng lành|bất trắc)(?:\s\w+){0,2}?\s(?:với|cho|đến)\s(?:gia đình|vợ con|cả nhà|người nhà|nhà|con cái"
    r"|con|vợ|chồng)(?:\s(?:của|nhà))?\s(?:anh|ông|bà|chị|cô|chú|mày|các ông|đồng chí)"
    # the person addressed, the clause ending there ("với nhà ông ấy", "với nhà ông Tư" are someone written about)
    r"(?=\s?[,.!?;…]|\s?$|\s(?:thì|đấy|đó|nhé|nha|đâu|lúc|rồi|mà)(?!\w))",
    # a lesson promised by the writer: "tôi sẽ cho bà và cả nhà bà một bài học nhớ đời" (not a penalty asked for: "xử
    # phạt thật nặng để họ có một bài học nhớ đời")
    r"(?:tao|tôi|tui|chúng tôi|bọn tao|chúng tao|anh em tao)(?:\s(?:sẽ|phải|thề|quyết))?\s(?:cho|dạy cho|dạy)(?:\s\w+){0,6}?"
    r"\s(?:một\s)?bài học\s(?:nhớ đời|đích đáng|để đời|nhớ suốt đời|nhớ đến già|đến chết)",
)
#: The family of the person addressed, left alone or in the dark ("bé nhà cô … đứng đợi ở cổng một mình", "mẹ ông
#: … sống một mình … đêm hôm ai biết được"), in a text that also tells that person what to do ("cô cứ ngâm tiếp đi",
#: "ông nên xem lại"): a veiled threat (with diacritics, or folded when the text has none).
_FAMILY_EXPOSED = (
    r"(?:(?:vợ|chồng|con|con gái|con trai|bé nhà|cháu|các cháu|hai cháu|mẹ|bố|cha|vợ con|bố mẹ|người nhà) (?:của |nhà )?"
    r"(?:anh|ông|bà|chị|cô|chú|mày|các ông|đồng chí)|(?:anh|ông|bà|chị|cô|chú|mày|các ông|đồng chí)(?:\s\w+){0,8}?"
    r" (?:có|còn) (?:đứa |cô |thằng )?"
    r"(?:vợ|con|con gái|con trai|cháu|mẹ|bố|mẹ già|bố già)"
    # or the way home of the person addressed: "đường về nhà anh qua con dốc tối lắm, cẩn thận kẻo trượt chân"
    r"|đường (?:về|đi về|về nhà|đến nhà|tới nhà)(?: nhà)? (?:anh|ông|bà|chị|cô|chú|mày|các ông)"
    # or advice to that person about their own way home: "khuyên thật lòng cô cán bộ tư pháp: đi làm về qua đường đê
    # tối lắm, đừng có đi một mình"
    r"|khuyên(?: thật lòng| thật| thật tình| chân thành)? (?:anh|ông|bà|chị|cô|chú|mày|các ông)(?:[\s,:]+\w+){0,6}?"
    r"[\s,:]+(?:đi làm về|đi học về|đi về|về nhà|tan làm về|đi đêm|ra đường)"
    # or the comings and goings of that person, known to the writer: "tôi biết chiều nào ông cũng đi làm về bằng đường
    # bờ đê lúc 6 giờ, đi một mình, đoạn đó vắng lắm"
    r"|(?:tôi|tao|tui|người ta|anh em) (?:còn |vẫn )?(?:biết|thấy|để ý|nhớ)(?: \w+){0,3}? (?:anh|ông|bà|chị|cô|chú|mày)"
    r" (?:\w+ ){0,2}?(?:đi|về|đón|chạy))"
    r"(?:[\s,.]+\w+){0,25}?[\s,.]+(?:một mình|đường vắng|dễ lạc|ai biết được|ai mà biết được|đêm hôm"
    r"|lỡ có chuyện|nhỡ có chuyện|kẻo trượt chân|kẻo ngã|kẻo vấp|vắng lắm|vắng vẻ|tối lắm|đúng không|phải không|đón lúc"
    # "anh còn vợ còn con, nên nghĩ lại …": the family named to make the addressee think twice
    r"|nghĩ lại|nghĩ cho kỹ|hối không kịp)"
)
# ... or the writer closes on a warning given: "tao chỉ nhắc thế thôi", "tôi chỉ nói trước vậy thôi"
# ... or is told to think twice or to watch out: "ông nghĩ kỹ trước khi …", "nhớ để ý nhé", "tự anh hiểu"
_PRESSED = (r"(?:(?:anh|ông|bà|chị|cô|chú|mày|các ông|đồng chí) (?:cứ|nên|liệu|hãy|đừng|nghĩ kỹ|nghĩ cho kỹ"
            r"|suy nghĩ lại|suy nghĩ cho kỹ|nghĩ lại)"
            r"|cẩn tắc vô áy náy"
            r"|khuyên (?:anh|ông|bà|chị|cô|chú|mày|các ông)|lời khuyên"
            r"|(?:tao|tôi|tui) chỉ (?:nhắc|nói|báo|nhắc nhở)(?: trước)? (?:thế|vậy) thôi"
            r"|nhớ để ý|để ý nhé|tự (?:anh|ông|bà|chị|cô|chú|mày) (?:hiểu|biết))")
_FAMILY_EXPOSED_MARKED = re.compile(r"(?<!\w)" + _FAMILY_EXPOSED + r"(?!\w)")
_FAMILY_EXPOSED_PLAIN = re.compile(r"(?<!\w)" + fold(_FAMILY_EXPOSED) + r"(?!\w)")
_PRESSED_MARKED = re.compile(r"(?<!\w)" + _PRESSED + r"(?!\w)")
_PRESSED_PLAIN = re.compile(r"(?<!\w)" + fold(_PRESSED) + r"(?!\w)")
_THREAT_SHAPE_MARKED = re.compile(r"(?<!\w)(?:" + "|".join(_THREAT_SHAPES) + r")(?!\w)")
_THREAT_SHAPE_PLAIN = re.compile(r"(?<!\w)(?:" + "|".join(fold(p) for p in _THREAT_SHAPES) + r")(?!\w)")
#: A visit at home in ironic quotes: "kèm lời mời anh em đến 'thăm hỏi' tận nhà từng người".
_IRONIC_VISIT = re.compile(r"[\"“'‘](?:tham hoi|hoi tham|tham|chao hoi|noi chuyen|lam viec|gap mat)[\"”'’]\s?(?:tan nha|tan noi"
                           r"|tai nha)(?!\w)")
#: Officials' homes, cars or phones in the writer's hands, and a promise to publish them: "tôi có đủ địa chỉ nhà và biển
#: số xe của tất cả cán bộ …, tôi sẽ đăng hết lên nhóm Facebook" (folded; both needed).
_DOX_HELD = re.compile(r"(?<!\w)(?:toi|tao|tui|chung toi|bon tao)(?: \w+){0,3}? (?:co|nam|biet|giu)(?: du| het| ro| ca)? (?:\w+ ){0,4}?"
                       r"(?:dia chi nha|nha rieng|bien so xe|so dien thoai)(?:\s[^.!?\n]{0,60}?)?\scua (?:tat ca |het |cac |may "
                       r"|tung )?(?:can bo|ong|ba|thang|mu|chu tich|lanh dao|cong an|anh|chi)(?!\w)")
_DOX_PUBLISHED = re.compile(r"(?<!\w)(?:dang|tung|cong khai|post|dua)(?: het| tat ca| toan bo)? (?:len|ra)(?!\w)")
#: An official's private home given out and people sent there: "Đây là nhà riêng của thằng công an khu vực …: số 14 …,
#: anh em biết đường mà tìm đến tận nhà nói chuyện" (folded; both needed).
_DOX_HOME = re.compile(r"(?<!\w)(?:nha rieng|dia chi nha|nha) (?:cua )?(?:thang |con mu |mu |lao |ten |ong |ba |bon |may ong )?"
                       r"(?:cong an|can bo|chu tich|pho chu tich|cskv|canh sat|to truong|bi thu|truong cong an)(?!\w)")
_DOX_VISIT = re.compile(r"(?<!\w)(?:anh em|ae|moi nguoi|ba con|cac ban)(?: \w+){0,3}? (?:tim den|tim toi|keo den|keo toi|den"
                        r"|toi|qua|ghe)(?: tan)? nha(?! van hoa)(?!\w)")
#: "Tự xử", "cho người đến xử" are threats; "xử lý" is handling a matter: "tự xử lý" is how a household handles its
#: rubbish, "đề nghị phường cho người đến xử lý gấp" asks the ward to send someone (r-2679).
_XU = re.compile(r"(?<!\w)(?:tu|cho nguoi den) xu(?!\w)(?! ly(?!\w))")
#: A threat reported, not made: "dọa giết", "còn dọa sẽ đốt nhà", "nói nếu … thì cho biết tay" (folded, just
#: before the threat).
_REPORTED = re.compile(r"(?<!\w)(?:doa|de doa|ham doa|noi neu|noi se|bao neu|bao se|tuyen bo|nhan tin"
                       r"|ru nhau|ru re|(?<!se )co (?:ke|nguoi la|doi tuong)|ke gian|ke xau"  # "có kẻ tưới xăng đốt xe nhà tôi"
                       # someone pointing at the writer: "chủ quán chỉ mặt tôi nói '… thì coi chừng'" (r-4239)
                       r"|chi mat (?:toi|tui|vo toi|chong toi|con toi|me toi|bo toi))(?!\w)")
REPORTED = _REPORTED
REPORT_WINDOW = 60
#: The writer or someone else suffered it: "anh Vỹ bị một nhóm thanh niên chặn đánh" (folded, right before).
#: Not "mày sẽ bị tao chém", "xe ông dễ bị tạt axit lắm", "không rút đơn thì bị đánh chết": a threat in the passive.
#: Up to twelve words between ("bị bạn cùng lớp là Lò Văn Tủn cùng hai bạn khác chặn đánh"), none of them the writer; a
#: comma only before the filming that goes with it ("bị nhóm bạn bắt nạt, quay clip tung lên mạng").
_SUFFERED = re.compile(r"(?<!\w)(?<!se )(?<!de )(?<!phai )(?<!thi )(?<!roi )(?<!lai )bi(?:\s(?!tao\b|tui\b|bon tao\b)\w+){0,12}"
                       r"(?:,\s(?:quay|chup)(?:\s(?:clip|video|anh|lai))?)?\s$")
#: Someone else demanding it, right before the threat: "có một ông … đòi đốt nhà vợ cũ" (a witness's report, r-2856).
_DEMANDED = re.compile(r"(?<!\w)doi\s$")
#: A threat that begins with the writer ("tao chém chết mày") is made, whatever the writer says before it.
_BY_WRITER = re.compile(r"(?:tao|toi|tui|bon tao|chung tao)\s")
#: The writer, or the writer's family, as the threat's target, right after it: "giết cả nhà tôi", "đốt nhà tôi" (folded).
#: Not "tụi nó", "tụi mày" (them, you: folded "tui no"), nor "tối nay" (tonight: folded "toi nay").
_AT_WRITER = re.compile(r"\s(?:(?:ca nha|nha|gia dinh|vo con|vo|chong|con|bo me)\s)?(?:toi|tui|chung toi)(?!\w)"
                        r"(?!\s(?:no|may|bay|han|kia|do|nay|qua|mai|hom)(?!\w))")
#: A reported threat's content runs on to its sentence's end, past REPORT_WINDOW: "nhắn tin đe dọa, nói nếu không trả
#: 15 triệu tiền vay app thì sẽ tạt sơn vào nhà, cắt điện, giết cả nhà tôi" (r-5131). Only for a threat at the writer.
RECEIVED_WINDOW = 200
_SENTENCE_END = re.compile(r"[.!?\n]")


def _received(folded: str, start: int, end: int) -> bool:
    """The threat at `start`:`end` is aimed at the writer (`_AT_WRITER`) and reported earlier in its sentence, however
    far back (up to RECEIVED_WINDOW characters): a threat the writer received, not one the writer makes."""
    if not _AT_WRITER.match(folded, end):
        return False
    lo = max(0, start - RECEIVED_WINDOW)
    for m in _SENTENCE_END.finditer(folded, lo, start):
        lo = m.end()
    return bool(_REPORTED.search(folded, lo, start))


def _made(forms: Forms, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The threats at `spans` that are made, not reported: "dọa sẽ đốt nhà" is a citizen telling of someone
    else's threat."""
    found: list[str] = []
    for start, end in spans:
        if not _REPORTED.search(forms.folded, max(0, start - REPORT_WINDOW), start) \
                and not _received(forms.folded, start, end) \
                and not _DEMANDED.search(forms.folded, max(0, start - 4), start) \
                and not (_SUFFERED.search(forms.folded[max(0, start - 60) : start])
                         and not _BY_WRITER.match(forms.folded, start)):
            found.append(forms.marked[start:end])
    return list(dict.fromkeys(found))


#: "coi chừng" in the South's sense, to look after: someone asked to drop by and watch over ("nhờ ai ghé coi chừng
#: má tui giùm"), or the writer's own people watched over ("coi chừng nhà tui dùm"). Folded.
_LOOK_AFTER = re.compile(r"(?<!\w)(?:(?:ghe|qua|sang|nho|trong|giup|gium|dum)(?:\s\w+){0,2}?\scoi chung"
                         r"|coi chung(?:\s\w+){0,2}?\s(?:gium|dum|giup|ho|tui|toi|minh)"
                         # parents or passers-by told to mind their children on a dangerous lane: "phụ huynh phải
                         # coi chừng con nhỏ", "các bà mẹ đi chợ phải coi chừng con"
                         r"|(?:phu huynh|cac ba me|ba me|bo me|cha me|nguoi lon|ba con|moi nguoi|cac gia dinh|nguoi di duong)"
                         r"(?:\s\w+){0,3}?\s(?:phai|nen|can|nho)\scoi chung"
                         r"|coi chung (?:nha|con|chau|ma|me|ba|bo|ong|ba ngoai|ong ngoai|em be|dua nho)"
                         r"(?:\s\w+)?\s(?:cua )?(?:tui|toi|minh|em|chau)"
                         # care on a dangerous path: "đi đêm phải coi chừng vì ổ gà", "coi chừng kẻo sụt hố ga"
                         # (not "coi chừng tao thả chó dữ ra": the writer's own act between is a threat again)
                         r"|coi chung(?:\s(?!tao\b|tau\b|may\b|bon tao\b|tha\b)\w+){0,3}?\s(?:o ga|ho ga|nap cong|mien cong"
                         r"|sut lun|duong tron|tron truot|day dien|dien giat|cho du))(?!\w)")


def threats(forms: Forms) -> list[str]:
    """The threats made in `forms` (as `core.abusive` reads them), each once."""
    folded, marked = forms.folded, forms.marked
    shapes = _THREAT_SHAPE_MARKED.finditer(marked) if forms.strict else _THREAT_SHAPE_PLAIN.finditer(folded)
    care = [m.span() for m in _LOOK_AFTER.finditer(folded)]
    phrases = [(a, b) for a, b in THREAT.spans(forms)
               if not any(c <= a and b <= d for c, d in care)]  # a bare "coi chừng" that is looking after
    spans = [*phrases, *(m.span() for m in _XU.finditer(folded)), *(m.span() for m in shapes),
             *(m.span() for m in _IRONIC_VISIT.finditer(folded))]
    if (held := _DOX_HELD.search(folded)) and _DOX_PUBLISHED.search(folded, held.end()):
        spans.append(held.span())
    if (home := _DOX_HOME.search(folded)) and _DOX_VISIT.search(folded, home.end()):
        spans.append(home.span())
    return _made(forms, spans)


def veiled(forms: Forms) -> str | None:
    """The first mention of an addressed person's family exposed, where the text also presses that person; None
    when there is none. Not a warning the writer reports ("kẻ gian nhắn tin: con gái bà học lớp 3 đúng không,
    bà nên cẩn thận")."""
    strict, folded = forms.strict, forms.folded
    read = forms.marked if strict else folded
    exposed = [m.group(0) for m in (_FAMILY_EXPOSED_MARKED if strict else _FAMILY_EXPOSED_PLAIN).finditer(read)
               if not _REPORTED.search(folded, max(0, m.start() - REPORT_WINDOW), m.start())]
    if exposed and (_PRESSED_MARKED if strict else _PRESSED_PLAIN).search(read):
        return exposed[0]
    return None
