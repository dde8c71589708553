"""The first-run demo contest, built from the seed notice 津工通〔2020〕31号.

The contest, its committee and the contacts of the notice's section 十 are public and copied
exactly. Units below the district unions and all ~200 contestants are fictional: unit names carry
"示例", phone numbers use the reserved-looking 1390000xxxx range, ID numbers are generated with
valid check digits for dates and regions that identify nobody in particular.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from haihe_desk.db.models import (
    CommitteeMember,
    Contact,
    ContactPhone,
    Contest,
    Organisation,
    Person,
    Registration,
    RegistrationEvent,
    Setting,
    Trade,
)
from haihe_desk.domain import idcard, roles
from haihe_desk.domain.phones import kind_for as phone_kind
from haihe_desk.domain.pinyin import search_key
from haihe_desk.errors import RejectedData
from haihe_desk.i18n import translate
from haihe_desk.services import audit
from haihe_desk.services.context import Actor

CONTEST_NAME = "“海河工匠杯”技能大赛—中华人民共和国第一届职业技能大赛天津选拔赛暨2020年天津市职工职业技能大赛"
DOC_NUMBER = "津工通〔2020〕31号"

COMMITTEE = [
    ("director", "林引", "市总工会党组书记、副主席"),
    ("deputy", "王玉生", "市总工会党组成员、经审委主任"),
    ("deputy", "李贤", "市总工会党组成员、副主席"),
    ("member", "张玉辉", "市总工会宣传教育网络部部长"),
    ("member", "辛传铭", "市总工会基层工作部部长"),
    ("member", "赵俊清", "市职工宣传教育文化中心主任"),
    ("member", "殷艳", "市总工会基层工作部副部长"),
    ("member", "丰旭", "市职工宣传教育文化中心副主任"),
]

TRADES = [("CNC", "数控车工"), ("WELD", "焊工"), ("FIT", "装配钳工"), ("AUTO", "汽车维修工")]

# Section 十 of the notice, exactly: (role, names, trade, phones).
NOTICE_CONTACTS = [
    ("office", ["王亚梅", "解雯"], "", ["84236612"]),
    ("worker_reg", ["刘巍", "高亚君", "姜赢"], "", ["84236693"]),
    ("student_reg", ["贾启展"], "数控车工", ["13370330370"]),
    ("student_reg", ["武丽娜"], "焊工", ["63862123", "15822089096"]),
    ("student_reg", ["张桥"], "装配钳工", ["28776857", "13672007656"]),
    ("student_reg", ["李超"], "汽车维修工", ["84893845", "18920525097"]),
    ("platform", ["李洁萍"], "", ["85194572"]),
]
NOTICE_EMAIL = "tjzgjnds@163.com"

# District unions (real bodies, codes fictional: the demo's own numbering by region code).
DISTRICTS = [
    ("和平区总工会", "120101"),
    ("河东区总工会", "120102"),
    ("河西区总工会", "120103"),
    ("南开区总工会", "120104"),
    ("河北区总工会", "120105"),
    ("红桥区总工会", "120106"),
    ("滨海新区总工会", "120116"),
]
GRASSROOTS = ["示例机械制造有限公司工会", "示例汽车服务有限公司工会", "示例装备集团工会"]
SCHOOLS = ["天津示例职业技术学院", "天津示例技师学院", "天津示例高级技工学校"]

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国志红文斌"
    "宇浩凯健俊帆帅旭宁婷雪琳晨阳欣怡思雨子涵博文昊然梓轩"
)


def is_empty(session: Session) -> bool:
    return (session.scalar(select(func.count()).select_from(Contest)) or 0) == 0


def _fictional_name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def build_demo(session: Session, actor: Actor, *, registrations: int = 200, seed: int = 2020) -> Contest:
    """Create the demo contest in an empty database (in the caller's transaction)."""
    actor.require(roles.CONTESTS_EDIT)
    if not is_empty(session):
        raise RejectedData(translate("Demo", "数据库里已有赛事，不能再创建演示赛事；请使用一个新的数据库文件。"))
    rng = random.Random(seed)

    contest = Contest(
        name=CONTEST_NAME,
        short_name="2020年“海河工匠杯”技能大赛",
        year=2020,
        doc_number=DOC_NUMBER,
        organiser="天津市总工会",
        office_name="技能大赛办公室（天津市职工宣传教育文化中心技术交流部）",
        start_date=date(2020, 8, 1),
        end_date=date(2020, 11, 30),
        registration_deadline=date(2020, 8, 31),
        notes="演示数据：赛事、组委会与联系人取自通知原文；单位（示例）与选手均为虚构。",
    )
    session.add(contest)
    for i, (role, name, post) in enumerate(COMMITTEE):
        contest.committee.append(CommitteeMember(body="organising", role=role, name=name, post=post, sort=i))

    federation = Organisation(name="天津市总工会", short_name="市总工会", kind="committee")
    office = Organisation(
        name="技能大赛办公室",
        short_name="大赛办公室",
        kind="office",
        parent=federation,
        address="天津市职工宣传教育文化中心技术交流部",
    )
    session.add_all([federation, office])
    districts = []
    for name, code in DISTRICTS:
        d = Organisation(name=name, short_name=name.replace("总工会", ""), kind="district_union", union_code=code)
        districts.append(d)
    session.add_all(districts)
    units: list[Organisation] = []
    for d in districts:
        for j, g in enumerate(GRASSROOTS):
            units.append(
                Organisation(
                    name=f"{d.short_name}{g}", kind="grassroots", union_code=f"{d.union_code}{j + 1:03d}", parent=d
                )
            )
    session.add_all(units)
    schools = [Organisation(name=s, kind="school") for s in SCHOOLS]
    session.add_all(schools)
    hosts = {}
    for code, name in TRADES:
        hosts[code] = Organisation(name=f"{name}项目承办单位（示例）", kind="host_unit")
    session.add_all(hosts.values())
    session.flush()

    trades: list[Trade] = []
    for group, prefix in (("worker", "W"), ("student", "S")):
        for code, name in TRADES:
            t = Trade(
                contest=contest,
                code=f"{prefix}-{code}",
                name=name,
                group=group,
                level="city1",
                host_unit=hosts[code],
                venue=f"{name}项目比赛场地（示例）",
                start_date=date(2020, 10, 20),
                end_date=date(2020, 10, 22),
                min_age=16,
                max_age=60 if group == "worker" else 25,
                required_grade=3 if group == "worker" else None,
                theory_weight=Decimal("0.30"),
                practical_weight=Decimal("0.70"),
                pass_line=Decimal("60"),
                award_rule={"mode": "shares", "first": "0.10", "second": "0.20", "third": "0.30", "rounding": "down"},
                tie_break=["total", "time", "practical", "theory"],
                min_entries=30,
            )
            trades.append(t)
    session.add_all(trades)
    session.flush()

    _demo_contacts(session, contest, office)
    _demo_registrations(session, rng, trades, units, schools, registrations)

    session.add(Setting(key="current_contest_id", value=str(contest.id)))
    session.add(Setting(key="demo", value="1"))
    session.flush()
    audit.record(
        session,
        actor,
        "demo.create",
        entity="contest",
        entity_id=contest.id,
        new={"contest": contest.name, "trades": len(trades), "registrations": registrations},
    )
    return contest


def _demo_contacts(session: Session, contest: Contest, office: Organisation) -> None:
    sort = 0
    for role, names, trade, phones in NOTICE_CONTACTS:
        for name in names:
            c = Contact(
                contest_id=contest.id,
                name=name,
                name_pinyin=search_key(name),
                role=role,
                organisation_name="技能大赛办公室" if role in ("office", "worker_reg") else "",
                organisation_id=office.id if role in ("office", "worker_reg") else None,
                trade_name=trade,
                sort=sort,
            )
            for k, number in enumerate(phones):
                kind = phone_kind(number)
                c.phones.append(ContactPhone(kind=kind, number=number, sort=k))
            session.add(c)
            sort += 1
    session.add(
        Contact(
            contest_id=contest.id,
            name="大赛办公室电子邮箱",
            name_pinyin=search_key("大赛办公室电子邮箱"),
            role="email",
            organisation_name="技能大赛办公室",
            organisation_id=office.id,
            email=NOTICE_EMAIL,
            sort=sort,
        )
    )


def _demo_registrations(
    session: Session,
    rng: random.Random,
    trades: list[Trade],
    units: list[Organisation],
    schools: list[Organisation],
    count: int,
) -> None:
    statuses = ["confirmed"] * 9 + ["union_approved"] * 5 + ["submitted"] * 4 + ["returned", "rejected", "withdrawn"]
    used_ids: set[str] = set()
    base_time = datetime(2020, 8, 3, 9, 0, tzinfo=timezone.utc)
    for i in range(count):
        trade = trades[i % len(trades)]
        student = trade.group == "student"
        if student:
            born = date(1999, 1, 1) + timedelta(days=rng.randrange(0, 4 * 365))
        else:
            born = date(1966, 1, 1) + timedelta(days=rng.randrange(0, 30 * 365))
        male = rng.random() < 0.8
        region = rng.choice(["120101", "120102", "120103", "120104", "120105", "120106", "120116"])
        number = idcard.make(region, born, rng.randrange(0, 1000), male)
        while number in used_ids:
            number = idcard.make(region, born, rng.randrange(0, 1000), male)
        used_ids.add(number)
        info = idcard.parse(number)
        person = Person(
            name=_fictional_name(rng),
            id_number=number,
            gender=info.gender,
            birth_date=info.birth_date,
            mobile=f"1390000{i:04d}",
        )
        unit = rng.choice(schools) if student else rng.choice(units)
        status = rng.choice(statuses)
        grade = None if student else rng.choice([1, 2, 3, 3, 3, 4])
        reg = Registration(
            trade=trade,
            person=person,
            unit=unit,
            unit_name=unit.name,
            union_code=(unit.union_code or ""),
            group=trade.group,
            skill_grade=grade,
            grade_exception=(grade == 4),
            grade_exception_reason="区级技能竞赛第一名，按规定破格参赛（示例）" if grade == 4 else "",
            status=status,
            source="school" if student else "platform",
            exam_number=f"2020{trade.code[0]}{i + 1:05d}",
        )
        if status in ("returned", "rejected"):
            reg.status_reason = "身份证复印件不清晰，请补交" if status == "returned" else "不符合职工组参赛条件"
        session.add(reg)
        at = base_time + timedelta(minutes=17 * i)
        reg.history.append(RegistrationEvent(from_status="", to_status="submitted", actor="platform", at=at))
        path = {
            "submitted": [],
            "union_approved": ["union_approved"],
            "confirmed": ["union_approved", "confirmed"],
            "returned": ["returned"],
            "rejected": ["union_approved", "rejected"],
            "withdrawn": ["union_approved", "confirmed", "withdrawn"],
        }[status]
        prev = "submitted"
        for k, step in enumerate(path):
            reg.history.append(
                RegistrationEvent(
                    from_status=prev,
                    to_status=step,
                    actor="demo",
                    reason=reg.status_reason if step == status else "",
                    at=at + timedelta(days=k + 1),
                )
            )
            prev = step
