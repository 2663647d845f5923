#!/usr/bin/env python3
"""Generate the bundled demo portal (seeds/demo-portal/) from the five seed report texts.

A fictional county portal (示范县人民政府门户网站) publishing five township government work
reports plus one look-alike news item. Served as-is by a static file server (file path = URL
path, index.html for directory URLs).

Usage: python3 seeds/make-demo-portal.py [--seeds DIR] [--out DIR]
  --seeds  directory holding 000_*.txt .. 004_*.txt (default: $GOVWATCH_SEED_TEXTS or /work/shared/seeds)
  --out    output directory (default: demo-portal/ next to this script)

After writing, the script checks its own output (HTML parses, internal links resolve, every
report line of each seed is present in its page) and exits non-zero on any problem.

Deliberate traps for the cleaner/detector (keep them when editing):
  * four different article templates (TRS_Editor <p>; old <table> layout; <div id="zoom"> with
    <br>; Word-pasted <span> runs that split digits from text);
  * the 关路镇 page is GBK bytes declared as charset=gb2312; non-GBK spaces are written as
    &nbsp; / &ensp; / &emsp; entities;
  * [bookmark: _GoBack] Word artifacts are kept in the bodies;
  * scripts in head and footer contain Chinese strings (share title etc.);
  * a look-alike news item about the people's congress meeting sits in the same column;
  * /admin/ is linked from the home page but disallowed in robots.txt.
"""
import argparse
import glob
import html
import os
import re
import sys
from html.parser import HTMLParser

SITE = "示范县人民政府门户网站"
SITE_SHORT = "示范县人民政府"
DOMAIN = "www.shifanxian.gov.cn"
LIST_URL = "/zwgk/zfgzbg/index.html"

NAV = [("首页", "/index.html"), ("政务公开", "/zwgk/index.html"),
       ("新闻中心", "/xwzx/index.html"), ("网站地图", "/wzdt/index.html")]

# ---------------------------------------------------------------- the articles
# seed: index of the seed text; body_from/body_to: regexes of first/last body line (inclusive)
ARTICLES = [
    dict(id="1002", seed=1, date="2024-01-04 10:12", town="东明镇", template="trs",
         title="东明镇政府工作报告", pubdate_meta=True),
    dict(id="1006", seed=None, date="2023-12-28 17:05", town="东明镇", template="trs",
         title="东明镇召开第十九届人民代表大会第四次会议", pubdate_meta=True, lookalike=True),
    dict(id="1005", seed=4, date="2023-04-22 16:44:00", town="伊金霍洛镇", template="trs",
         title="政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上", pubdate_meta=True,
         body_from=r"^——在伊金霍洛镇", body_to=r"^各位代表、同志们,使命重在担当",
         related="政策解读:【图解】伊金霍洛镇政府工作报告重点来了! "),
    dict(id="1003", seed=2, date="2021-08-13 15:39", town="关路镇", template="table",
         title="2021年政府工作报告", source="关路镇人民政府（政府办）", encoding="gbk",
         body_from=r"^各位代表", body_to=r"^各位代表不畏浮云"),
    dict(id="1004", seed=3, date="2021-03-10 16:20", town="公坪镇", template="word",
         title="公坪镇2020年政府工作报告", body_from=r"^2020年，在以"),
    dict(id="1001", seed=0, date="2020-07-24 09:30", town="新镇", template="zoom",
         title="新镇2020年政府工作报告", pubdate_meta=True),
]
PAGE_SIZE = 4  # first list page: 4 entries (incl. the look-alike), second: the rest

LOOKALIKE_BODY = """12月27日，东明镇第十九届人民代表大会第四次会议在镇政府三楼会议室隆重召开。会议应到代表56名，实到代表51名，符合法定人数。镇党委、人大、政府领导班子成员在主席台就座，镇属各单位负责同志列席会议。
大会听取和审议了镇长路凤海代表镇人民政府所作的政府工作报告。报告全面回顾了2023年全镇经济社会发展取得的成绩，客观分析了当前面临的形势和困难，对2024年政府工作作出了具体安排。
与会代表以高度负责的态度认真审议了政府工作报告，紧紧围绕特色产业发展、人居环境整治、民生保障等方面积极建言献策。代表们一致认为，政府工作报告实事求是、重点突出、措施有力，是一个凝心聚力、催人奋进的好报告。
会议还书面审议了镇人大主席团工作报告和东明镇2023年财政预算执行情况及2024年财政预算安排的报告。
大会表决通过了《东明镇第十九届人民代表大会第四次会议关于政府工作报告的决议》《关于镇人大主席团工作报告的决议》和《关于财政预算执行情况和预算安排的决议》。决议指出，会议同意这个报告，号召全镇广大干部群众在旗委、旗政府和镇党委的坚强领导下，踔厉奋发、勇毅前行，为全面完成全年各项目标任务而努力奋斗。
会议在庄严的国歌声中胜利闭幕。
（东明镇党政综合办公室 供稿）"""

HOME_NEWS = [  # plain text items on the home page (no page behind them)
    ("示范县召开2024年一季度经济运行分析会", "2024-04-12"),
    ("示范县启动春季植树造林工作", "2024-03-28"),
    ("示范县开展安全生产大检查", "2024-03-15"),
]


# ---------------------------------------------------------------- helpers
def esc(text):
    """HTML-escape, writing special spaces as entities (also keeps the GBK page encodable)."""
    t = html.escape(text, quote=False)
    return t.replace("\xa0", "&nbsp;").replace("\u2002", "&ensp;").replace("\u2003", "&emsp;")


def attr(text):
    return html.escape(text, quote=True)


def article_path(a):
    d = a["date"]
    return "/zwgk/zfgzbg/%s%s/t%s%s%s_%s.html" % (d[0:4], d[5:7], d[0:4], d[5:7], d[8:10], a["id"])


def source(a):
    return a.get("source") or a["town"] + "人民政府"


def read_seed(seed_dir, n):
    files = glob.glob(os.path.join(seed_dir, "%03d_*.txt" % n))
    if len(files) != 1:
        sys.exit("expected exactly one %03d_*.txt in %s" % (n, seed_dir))
    with open(files[0], encoding="utf-8") as f:
        return f.read().split("\n")


def body_lines(a, seed_dir):
    """The report lines (blank-only lines kept as '' markers for the templates that show them)."""
    if a.get("lookalike"):
        return LOOKALIKE_BODY.split("\n")
    lines = read_seed(seed_dir, a["seed"])
    start = 0
    end = len(lines) - 1
    if a.get("body_from"):
        start = next(i for i, l in enumerate(lines) if re.search(a["body_from"], l.strip()))
    if a.get("body_to"):
        end = next(i for i, l in enumerate(lines) if re.search(a["body_to"], l.strip()))
    out = []
    for l in lines[start:end + 1]:
        l = l.rstrip(" \t\r")
        if l.strip(" \t\u3000") == "":  # truly empty: paragraph break in the source
            continue
        out.append(l)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def nav_html(cls="nav"):
    items = "".join('<li><a href="%s">%s</a></li>' % (u, t) for t, u in NAV)
    return '<div class="%s"><ul>%s</ul></div>' % (cls, items)


def crumb_html():
    return ('<div class="crumb">当前位置：<a href="/index.html">首页</a> &gt; '
            '<a href="/zwgk/index.html">政务公开</a> &gt; '
            '<a href="/zwgk/zfgzbg/index.html">政府工作报告</a></div>')


def info_line(a):
    return ('发布时间：%s&nbsp;&nbsp;来源：%s&nbsp;&nbsp;字号：[<a href="javascript:doZoom(20)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]'
            '&nbsp;&nbsp;<a href="javascript:window.print()">打印</a>&nbsp;&nbsp;'
            '<a href="javascript:void(0)" class="share">分享</a>') % (a["date"], esc(source(a)))


HEAD_SCRIPT = """<script type="text/javascript">
function doZoom(size) { var el = document.getElementById('zoom') || document.getElementById('Zoom'); if (el) { el.style.fontSize = size + 'px'; } }
var shareTitle = "%s";
</script>"""

FOOT_SCRIPT = """<script type="text/javascript">
var _hmt = _hmt || [];
(function () { var qr = document.getElementById('qrcode'); if (qr) { qr.setAttribute('data-url', window.location.href); } })();
document.title = document.title || "示范县人民政府门户网站";
</script>"""


def footer_html():
    return """<div class="footer">
<div class="qr"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
<div class="footer-links"><a href="/wzdt/index.html">网站地图</a> | <a href="/index.html">联系我们</a> | <a href="/index.html">网站声明</a></div>
<p>主办：示范县人民政府办公室&nbsp;&nbsp;承办：示范县大数据中心</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备12345678号</a>&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11000002000001" target="_blank">京公网安备 11000002000001号</a>&nbsp;&nbsp;网站标识码：1100000001</p>
<p>联系电话：010-12345678&nbsp;&nbsp;建议使用1280×768以上分辨率浏览</p>
</div>
""" + FOOT_SCRIPT


def meta_block(a, title):
    m = ['<meta name="SiteName" content="%s">' % SITE,
         '<meta name="SiteDomain" content="%s">' % DOMAIN,
         '<meta name="SiteIDCode" content="1100000001">',
         '<meta name="ColumnName" content="政府工作报告">',
         '<meta name="ColumnType" content="政务公开">',
         '<meta name="ArticleTitle" content="%s">' % attr(title)]
    if a.get("pubdate_meta"):
        m.append('<meta name="PubDate" content="%s">' % a["date"][:16])
    m.append('<meta name="ContentSource" content="%s">' % attr(source(a)))
    return "\n".join(m)


def modern_page(title, head_extra, main, script_title=None):
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
%s
<link rel="stylesheet" href="/css/style.css">
%s
</head>
<body>
<div class="topbar"><span>欢迎访问%s！</span><span class="tools"><a href="/index.html">无障碍</a> | <a href="/index.html">长者模式</a> | <a href="/index.html">English</a></span></div>
<div class="header"><a href="/index.html" class="logo">%s</a>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
%s
<div class="main">
%s
</div>
%s
</body>
</html>
""" % (title, head_extra, HEAD_SCRIPT % attr(script_title or title), SITE, SITE_SHORT,
       nav_html(), main, footer_html())


# ---------------------------------------------------------------- article templates
def tpl_trs(a, lines):
    """Modern TRS layout: <div class="TRS_Editor"> with one <p> per line."""
    ps = "\n".join('<p style="text-indent: 2em;">%s</p>' % esc(l.strip(" \u3000")) for l in lines)
    related = ""
    if a.get("related"):
        related = ('<div class="related"><a href="javascript:void(0)">%s</a></div>' % esc(a["related"]))
    main = """%s
<div class="article">
<h1 class="article-title">%s</h1>
<div class="article-info">%s</div>
<div class="article-content" id="zoom">
<div class="TRS_Editor">
%s
</div>
</div>
%s
<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>""" % (crumb_html(), esc(a["title"]), info_line(a), ps, related)
    title = "%s_政府工作报告_%s" % (a["title"], SITE)
    return modern_page(attr(title), meta_block(a, a["title"]), main, a["title"])


def tpl_zoom(a, lines):
    """<div id="zoom"> with <br>-separated lines and em-space indents."""
    body = "\n".join("&emsp;&emsp;%s<br>" % esc(l.strip(" \u3000")) for l in lines)
    main = """%s
<div class="detail">
<div class="detail-title"><h2>%s</h2></div>
<div class="detail-attr"><span>发布时间：%s</span> <span>来源：%s</span> <span>字号：[<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span> <span><a href="javascript:window.print()">打印</a></span> <span><a href="javascript:void(0)">分享</a></span></div>
<div id="zoom" class="detail-content">
%s
</div>
</div>""" % (crumb_html(), esc(a["title"]), a["date"], esc(source(a)), body)
    title = "%s-%s" % (a["title"], SITE)
    return modern_page(attr(title), meta_block(a, a["title"]), main, a["title"])


def tpl_word(a, lines):
    """Word-pasted paragraphs: <span> runs split at digit runs, inside #UCAP-CONTENT."""
    def runs(line):
        parts = re.split(r"(\d+(?:\.\d+)?)", line.strip(" \u3000"))
        out = []
        for i, p in enumerate(parts):
            if not p:
                continue
            if i % 2:
                out.append('<span lang="EN-US" style="font-family:\'Times New Roman\';font-size:16pt">%s</span>' % esc(p))
            else:
                out.append('<span style="font-family:仿宋_GB2312;font-size:16pt">%s</span>' % esc(p))
        return "".join(out)
    ps = "\n".join('<p class="MsoNormal" style="text-indent:32pt;line-height:28pt">%s</p>' % runs(l) for l in lines)
    main = """%s
<div class="pages-title">%s</div>
<div class="pages-date">%s <span class="font">来源：%s</span> <span class="font index_switchsize">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span> <a href="javascript:window.print()">打印</a> <a href="javascript:void(0)">分享</a></div>
<div class="pages_content" id="UCAP-CONTENT">
%s
</div>""" % (crumb_html(), esc(a["title"]), a["date"], esc(source(a)), ps)
    title = "%s - %s" % (a["title"], SITE)
    return modern_page(attr(title), meta_block(a, a["title"]), main, a["title"])


def tpl_table(a, lines, raw_lines):
    """Old table layout, charset=gb2312 (written as GBK bytes)."""
    ps = []
    for l in raw_lines:
        if l.strip(" \u3000\xa0\u2002\u2003") == "":
            ps.append("<p>&nbsp;</p>")
        else:
            ps.append("<p>%s</p>" % esc(l))
    nav = " | ".join('<a href="%s" class="nav">%s</a>' % (u, t) for t, u in NAV)
    date = a["date"]
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>%s--%s</title>
<meta name="keywords" content="政府工作报告,%s">
<style type="text/css">
td { font-size: 12px; } .title { font-size: 22px; font-weight: bold; color: #c00; } .bt_content p { font-size: 16px; line-height: 30px; text-indent: 2em; }
</style>
<script language="javascript">
function doZoom(size) { document.getElementById('Zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="110" class="top"><font size="6"><b>%s</b></font></td></tr>
<tr><td height="36" bgcolor="#b40000" align="center">%s | <a href="/zwgk/zfgzbg/index.html" class="nav">政府工作报告</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30" class="dqwz">当前位置：<a href="/index.html">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/index.html">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfgzbg/index.html">政府工作报告</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td valign="top">
<table width="92%%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" align="center" class="title">%s</td></tr>
<tr><td height="30" align="center" bgcolor="#f5f5f5">发布时间：%s&emsp;来源：%s&nbsp;&nbsp;字号：[<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]&nbsp;&nbsp;<a href="javascript:window.print()">打印</a>&nbsp;&nbsp;<a href="javascript:void(0)">分享</a></td></tr>
<tr><td class="bt_content" id="Zoom">
%s
</td></tr>
<tr><td align="right" height="40">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
<tr><td align="center" width="160"><div id="qrcode"></div>扫一扫在手机打开当前页</td>
<td align="center" height="120"><a href="/wzdt/index.html">网站地图</a> | <a href="/index.html">联系我们</a><br>
主办：示范县人民政府办公室&nbsp;&nbsp;承办：示范县大数据中心<br>
<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备12345678号</a>&nbsp;&nbsp;京公网安备 11000002000001号&nbsp;&nbsp;网站标识码：1100000001</td></tr>
</table>
%s
</body>
</html>
""" % (esc(a["title"]), SITE, a["town"], SITE, nav, esc(a["title"]), date, esc(source(a)),
       "\n".join(ps), FOOT_SCRIPT)


# ---------------------------------------------------------------- list and other pages
def list_page(entries, page, pages):
    items = "\n".join(
        '<li><a href=".%s" target="_blank" title="%s">%s</a><span class="date">%s</span></li>'
        % (article_path(a)[len("/zwgk/zfgzbg"):], attr(a["title"]), esc(a["title"]), a["date"][:10])
        for a in entries)
    nav = ['<span>共%d页</span>' % pages]
    name = lambda p: "index.html" if p == 0 else "index_%d.html" % p
    nav.append('<a href="index.html">首页</a>')
    if page > 0:
        nav.append('<a href="%s">上一页</a>' % name(page - 1))
    nav.append('<span class="current">%d</span>' % (page + 1))
    if page < pages - 1:
        nav.append('<a href="%s">下一页</a>' % name(page + 1))
    nav.append('<a href="%s">尾页</a>' % name(pages - 1))
    main = """%s
<div class="column">
<div class="column-title">政府工作报告</div>
<ul class="list">
%s
</ul>
<div class="page">%s</div>
</div>""" % (crumb_html(), items, " ".join(nav))
    return modern_page("政府工作报告_%s" % SITE, '<meta name="ColumnName" content="政府工作报告">', main)


def simple_page(title, crumb, inner):
    main = '<div class="crumb">当前位置：<a href="/index.html">首页</a> &gt; %s</div>\n%s' % (crumb, inner)
    return modern_page("%s_%s" % (title, SITE), '<meta name="ColumnName" content="%s">' % title, main)


def home_page(articles):
    reports = "\n".join('<li><a href="%s">%s</a><span>%s</span></li>'
                        % (article_path(a), esc(a["title"]), a["date"][:10]) for a in articles[:5])
    news = "\n".join('<li><span class="t">%s</span><span>%s</span></li>' % (t, d) for t, d in HOME_NEWS)
    look = next(a for a in articles if a.get("lookalike"))
    main = """<div class="banner">奋力谱写示范县高质量发展新篇章</div>
<div class="block"><div class="block-title">新闻中心 <a href="/xwzx/index.html" class="more">更多&gt;&gt;</a></div>
<ul class="list">
<li><a href="%s">%s</a><span>%s</span></li>
%s
</ul></div>
<div class="block"><div class="block-title">政务公开 · 政府工作报告 <a href="/zwgk/zfgzbg/index.html" class="more">更多&gt;&gt;</a></div>
<ul class="list">
%s
</ul></div>
<div class="block"><div class="block-title">互动交流</div><p>县长信箱 | 在线访谈 | 意见征集</p>
<p class="admin"><a href="/admin/">网站管理</a></p></div>""" % (
        article_path(look), esc(look["title"]), look["date"][:10], news, reports)
    return modern_page(SITE, '<meta name="SiteName" content="%s">\n<meta name="description" content="%s">'
                       % (SITE, SITE), main)


CSS = """body { margin: 0; font-family: "Microsoft YaHei", sans-serif; background: #f4f4f4; }
.topbar, .header, .nav, .main, .footer { width: 1100px; margin: 0 auto; }
.header { height: 110px; background: #b40000; color: #fff; } .logo { color: #fff; font-size: 32px; line-height: 110px; }
.nav ul { list-style: none; margin: 0; padding: 0; background: #8c0000; } .nav li { display: inline-block; padding: 10px 30px; } .nav a { color: #fff; }
.main { background: #fff; padding: 20px; } .crumb { border-bottom: 1px solid #ddd; padding: 8px 0; }
.article-title, .detail-title h2, .pages-title { text-align: center; font-size: 24px; color: #c00; }
.article-info, .detail-attr, .pages-date { text-align: center; color: #666; border-bottom: 1px dashed #ccc; padding: 8px; }
.TRS_Editor p, #zoom, #UCAP-CONTENT p { font-size: 16px; line-height: 2; }
.list li { list-style: none; border-bottom: 1px dotted #ccc; padding: 6px 0; } .list li span { float: right; color: #999; }
.footer { text-align: center; color: #fff; background: #8c0000; padding: 16px 0; font-size: 13px; } .footer a { color: #fff; }
"""


def build(seed_dir, out):
    files = {}
    for a in ARTICLES:
        lines = body_lines(a, seed_dir)
        a["_lines"] = [l for l in lines if l.strip(" \t\u3000\xa0\u2002\u2003")]
        t = a["template"]
        if t == "table":
            # keep the source's &nbsp; spacer paragraphs in the old layout
            seed = read_seed(seed_dir, a["seed"])
            s = next(i for i, l in enumerate(seed) if re.search(a["body_from"], l.strip()))
            e = next(i for i, l in enumerate(seed) if re.search(a["body_to"], l.strip()))
            raw = [l.rstrip(" \t\r") for l in seed[s:e + 1] if l.strip(" \t") != ""]
            page = tpl_table(a, a["_lines"], raw)
        elif t == "trs":
            page = tpl_trs(a, a["_lines"])
        elif t == "zoom":
            page = tpl_zoom(a, a["_lines"])
        else:
            page = tpl_word(a, a["_lines"])
        enc = a.get("encoding", "utf-8")
        if enc == "gbk":
            try:
                data = page.encode("gbk")
            except UnicodeEncodeError:
                data = page.encode("gb18030")
        else:
            data = page.encode("utf-8")
        files[article_path(a).lstrip("/")] = data

    pages = (len(ARTICLES) + PAGE_SIZE - 1) // PAGE_SIZE
    for p in range(pages):
        name = "index.html" if p == 0 else "index_%d.html" % p
        files["zwgk/zfgzbg/" + name] = list_page(ARTICLES[p * PAGE_SIZE:(p + 1) * PAGE_SIZE], p, pages).encode()

    files["index.html"] = home_page(ARTICLES).encode()
    files["zwgk/index.html"] = simple_page("政务公开", '<a href="/zwgk/index.html">政务公开</a>', """<div class="column">
<div class="column-title">政务公开</div>
<ul class="list">
<li><a href="/zwgk/zfgzbg/index.html">政府工作报告</a></li>
<li><span>规划计划</span></li><li><span>财政预决算</span></li><li><span>政策文件</span></li><li><span>人事信息</span></li>
</ul></div>""").encode()
    look = next(a for a in ARTICLES if a.get("lookalike"))
    news = "\n".join('<li><span class="t">%s</span><span>%s</span></li>' % (t, d) for t, d in HOME_NEWS)
    files["xwzx/index.html"] = simple_page("新闻中心", '<a href="/xwzx/index.html">新闻中心</a>', """<div class="column">
<div class="column-title">乡镇动态</div>
<ul class="list">
<li><a href="%s">%s</a><span>%s</span></li>
%s
</ul></div>""" % (article_path(look), esc(look["title"]), look["date"][:10], news)).encode()
    files["wzdt/index.html"] = simple_page("网站地图", '<a href="/wzdt/index.html">网站地图</a>', """<div class="sitemap">
<dl><dt><a href="/index.html">首页</a></dt></dl>
<dl><dt><a href="/zwgk/index.html">政务公开</a></dt><dd><a href="/zwgk/zfgzbg/index.html">政府工作报告</a></dd></dl>
<dl><dt><a href="/xwzx/index.html">新闻中心</a></dt><dd>乡镇动态</dd></dl>
</div>""").encode()
    files["admin/index.html"] = ("""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网站管理后台登录</title></head>
<body><h1>网站内容管理系统</h1><form method="post" action="/admin/"><p>用户名 <input name="u"></p><p>密码 <input type="password" name="p"></p><button>登录</button></form>
<p>此页面不应被抓取（robots.txt 禁止 /admin/）。</p></body></html>
""").encode()
    files["css/style.css"] = CSS.encode()
    files["robots.txt"] = b"User-agent: *\nDisallow: /admin/\n"

    for rel, data in files.items():
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    return files


# ---------------------------------------------------------------- self-check
class Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.text, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        for k in ("href", "src"):
            if d.get(k):
                self.links.append(d[k])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def norm(s):
    return re.sub(r"[\s\u3000\xa0\u2002\u2003]+", "", s)


def check(files, out):
    problems = []
    for rel, data in files.items():
        if not rel.endswith(".html"):
            continue
        enc = "gb18030" if b"charset=gb2312" in data else "utf-8"
        c = Collect()
        c.feed(data.decode(enc))
        c.close()
        for link in c.links:
            if link.startswith(("http:", "https:", "javascript:", "#", "mailto:")):
                continue
            base = "/" + rel
            target = link if link.startswith("/") else os.path.normpath(os.path.join(os.path.dirname(base), link))
            target = target.lstrip("/")
            if target == "" or target.endswith("/"):
                target += "index.html"
            if not os.path.isfile(os.path.join(out, target)):
                problems.append("%s: broken link %s" % (rel, link))
        page_text = norm("".join(c.text))
        for a in ARTICLES:
            if article_path(a).lstrip("/") == rel:
                for l in a["_lines"]:
                    if norm(l) not in page_text:
                        problems.append("%s: missing line %r" % (rel, l[:40]))
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default=os.environ.get("GOVWATCH_SEED_TEXTS", "/work/shared/seeds"))
    ap.add_argument("--out", default=os.path.join(here, "demo-portal"))
    args = ap.parse_args()
    files = build(args.seeds, args.out)
    problems = check(files, args.out)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print("wrote %d files under %s" % (len(files), args.out), file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
