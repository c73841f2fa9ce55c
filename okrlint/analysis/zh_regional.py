"""Words Taiwan and Hong Kong write differently from the mainland, read as the mainland word.

The character map in `zh.py` turns Traditional characters into Simplified ones, but some words differ
as words, not as characters: 使用者 is 用户 ("user"), 軟體 is 软件 ("software"), 專案 is 项目
("project"). The lexicon is written in mainland words, so each such word takes the mainland word as its
lemma and with it the mainland word's classes. Only words with one meaning on both sides are here:
资料 ("data" in Taiwan, "materials" on the mainland) and 效能 are left as they are.
"""

from __future__ import annotations

# the regional word (after the character map) → the mainland word
MAINLAND_WORDS: dict[str, str] = {
    "使用者": "用户",
    "软体": "软件",
    "硬体": "硬件",
    "程式": "程序",
    "品质": "质量",
    "行销": "营销",
    "营运": "运营",
    "转换率": "转化率",
    "专案": "项目",
    "客诉": "投诉",
    "网路": "网络",
    "资料库": "数据库",
    "获利": "盈利",
    "帐号": "账号",
    "登入": "登录",
    "回馈": "反馈",
    "影片": "视频",
    "讯息": "信息",
    "资讯": "信息",
    "数位": "数字",
    "云端": "云",
    "预设": "默认",
    "介面": "界面",
    "晶片": "芯片",
    "萤幕": "屏幕",
}
