/// Everything Chronicle finds in one article.
public struct Extraction: Sendable {
    public let document: Document
    public let sentences: [Sentence]
    public let entities: [DocumentEntity]
    public let times: [TimeExpression]
    public let events: [Event]
    /// Order and report links between the events, from the article's words.
    public let links: [EventLink]
}

/// The pipeline: clean → split → tag entities → tag times → extract events.
///
/// Built once per gazetteer and then reused for every article; `extract` has no shared mutable
/// state, so articles can be processed in parallel.
public struct Pipeline: Sendable {
    public let gazetteer: Gazetteer
    let reader: PageReader
    let splitter: SentenceSplitter
    let entityTagger: EntityTagger
    let timeTagger: TimeTagger
    let eventExtractor: EventExtractor

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        reader = PageReader(gazetteer: gazetteer)
        splitter = SentenceSplitter(abbreviations: gazetteer.cues.abbreviations)
        entityTagger = EntityTagger(gazetteer: gazetteer)
        timeTagger = TimeTagger(lexicon: gazetteer.time)
        eventExtractor = EventExtractor(lexicon: gazetteer.triggers, genders: gazetteer.cues.genders,
                                        leaderCountries: gazetteer.leaderCountries)
    }

    /// Annotates one raw page (plain text or HTML). `published` overrides the date on the page.
    public func extract(raw: String, source: String, published: LocalDateTime? = nil) -> Extraction {
        let page = reader.read(raw)
        let finder = PublicationDateFinder(timeTagger: timeTagger, splitter: splitter)
        let date = published ?? finder.find(headerLines: page.headerLines, htmlMeta: page.metaDate)
        let document = Document(source: source, title: page.title, published: date, text: page.text)

        var tokens = Tokenizer.tokenize(document.bytes)
        let sentences = splitter.split(&tokens, bytes: document.bytes)
        let entities = entityTagger.tag(tokens: tokens, sentences: sentences, bytes: document.bytes)
        // A time inside a name (`Theresa May`, `Christmas Island`) is part of the name.
        let names = SpanCover(entities.flatMap(\.mentions).map(\.span))
        let times = timeTagger.tag(bytes: document.bytes, tokens: tokens, sentences: sentences, anchor: date)
            .filter { time in !names.containsSpan(covering: time.span) }
        let events = eventExtractor.extract(documentId: document.id, tokens: tokens, sentences: sentences,
                                            bytes: document.bytes, entities: entities, times: times)
        let links = EventLinker(lexicon: gazetteer.triggers).links(events, tokens: tokens, sentences: sentences)
        return Extraction(document: document, sentences: sentences, entities: entities, times: times, events: events,
                          links: links)
    }
}

extension Extraction {
    /// The index of the sentence holding a byte offset (binary search).
    public func sentenceIndex(ofByte offset: Int) -> Int {
        max(sentences.partitionPoint { $0.span.start > offset } - 1, 0)
    }
}
