import Testing
@testable import RoadmapReading
@testable import RoadmapEditing
import RoadmapModel
import RoadmapSyntax
import RoadmapText

/// Roadmaps written in other languages: their status groups, columns, fields and the
/// sections about the document.
@Suite struct OtherLanguagesTests {
    @Test func statusGroupsInChineseJapaneseKoreanAndRussian() {
        let d = read("""
            # 路线图

            ## 已完成

            - 登录

            ## 正在做特性

            - 搜索

            ## ✅ 完了済み

            - [x] ログイン

            ## 예정

            - 댓글

            ## В работе

            - Синхронизация

            ## Später

            - Themes
            """, as: .markdown)
        #expect(d.items.map(\.title) == ["登录", "搜索", "ログイン", "댓글", "Синхронизация", "Themes"])
        #expect(d.items.map(\.status) == [.done, .inProgress, .done, .planned, .inProgress, .backlog])
    }

    @Test func aStatusColumnNamedInAnotherLanguage() {
        let d = read("# R\n\n## 渲染器\n\n| 名称 | 状态 |\n|---|---|\n| Angular | ✅ 稳定 |\n| React | 🔄 |\n| Flutter | 📋 |\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Angular", "React", "Flutter"])
        #expect(d.items.map(\.status) == [.done, .inProgress, .planned])
    }

    @Test func aStatusFieldNamedInAnotherLanguageOrWithAFullWidthColon() throws {
        let text = "# R\n\n## 登录\n\n状态：已完成\n\n## Suche\n\n**Stand:** erledigt\n\n## Suivi\n\n**Statut :** terminé\n\n## Sync\n\nStatus：done\n"
        let d = read(text, as: .markdown)
        #expect(d.items.map(\.status) == [.done, .done, .done, .done])
        #expect(d.items[0].fields.map(\.key) == ["状态"])
        // `set status` edits the field where it is written, under its own name.
        let editor = DocumentEditor(path: "r.md", tree: SyntaxTree.parse(SourceText(text), as: .markdown))
        let edited = try editor.verified(editor.setField(item: 0, key: "status", value: "planned")).applied(to: editor.tree.source.bytes)
        #expect(String(decoding: edited, as: UTF8.self) == text.replacingOccurrences(of: "状态：已完成", with: "状态：planned"))
    }

    @Test func sectionsAboutTheDocumentInOtherLanguagesAreNoItems() {
        let d = read("# 路线图\n\n## 概要\n\n本文介绍项目的计划。\n\n## 渲染器\n\n- [ ] React 渲染器\n\n## 如何影响路线图\n\n给 issue 点赞。\n\n## ライセンス\n\nMIT\n\n## Voir aussi\n\n- [Sécurité](security.md)\n\n## 舍弃\n\n- 旧 API\n", as: .markdown)
        #expect(d.items.map(\.title) == ["渲染器"])
    }
}

extension OtherLanguagesTests {
    @Test func anMDXCommentHidesWhatItHolds() {
        let d = read("---\ntitle: Babel Roadmap\n---\n\n## Babel 8\n\n- Drop Node 10\n\n{/*\n\n## Ecosystem\n\n- [ ] Allow any polyfill\n\n*/}\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Babel 8"])
        #expect(Format(pathExtension: "mdx") == .markdown)
    }
}
