'use client';

import type { PackBlock, PackDocument, PackField } from '@/lib/referral-pack/document/document';

import styles from './pack.module.css';

function Fields({ items }: { items: readonly PackField[] }) {
  return (
    <dl className={styles.fields}>
      {items.map((item, index) => (
        <div key={index} className={styles.fieldRow}>
          <dt>{item.label}</dt>
          <dd className={item.isMonospace ? styles.mono : undefined}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Block({ block }: { block: PackBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return block.style === 'quote' ? (
        <blockquote className={styles.quote}>{block.text}</blockquote>
      ) : (
        <p className={block.style ? styles[block.style] : undefined}>{block.text}</p>
      );
    case 'subheading':
      return <h4 className={styles.subheading}>{block.text}</h4>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'fields':
      return <Fields items={block.items} />;
    case 'hashes':
      return (
        <Fields items={block.items.map((h) => ({ label: h.label, value: h.sha256, isMonospace: true }))} />
      );
    case 'table':
      if (block.rows.length === 0 && block.emptyText !== undefined)
        return <p className={styles.small}>{block.emptyText}</p>;
      return (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            {block.caption ? <caption>{block.caption}</caption> : null}
            <thead>
              <tr>
                {block.columns.map((column, index) => (
                  <th key={index} scope="col" className={column.align === 'end' ? styles.end : undefined}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...block.rows, ...(block.totals ?? [])].map((row, rowIndex) => (
                <tr key={rowIndex} className={rowIndex >= block.rows.length ? styles.total : undefined}>
                  {row.map((cell, index) => {
                    const column = block.columns[index];
                    const className = [
                      column?.align === 'end' ? styles.end : '',
                      column?.isMonospace ? styles.mono : '',
                    ].join(' ');
                    return (
                      <td key={index} className={className.trim() || undefined}>
                        {cell}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/**
 * The pack as HTML, from the same document as the PDF: the preview on screen and the print view on paper.
 * Everything is rendered as text by React (never as HTML), whatever the person typed.
 */
export function PackPreview({ doc }: { doc: PackDocument }) {
  return (
    <article className={styles.document} lang={doc.lang} data-testid="pack-preview">
      <header className={styles.cover}>
        <h2 className={styles.title}>{doc.title}</h2>
        {doc.subtitle ? <p className={styles.subtitle}>{doc.subtitle}</p> : null}
        {(doc.overview ?? []).map((overview) => (
          <section
            key={overview.id}
            className={styles.overview}
            lang={overview.lang}
            data-section={overview.id}
          >
            <h3 className={styles.overviewHeading}>{overview.heading}</h3>
            {overview.blocks.map((block, index) => (
              <Block key={index} block={block} />
            ))}
          </section>
        ))}
        <Fields items={doc.cover} />
        {(doc.coverBlocks ?? []).map((block, index) => (
          <Block key={index} block={block} />
        ))}
      </header>
      {doc.sections.map((section) => (
        <section
          key={section.id}
          className={section.startsNewPage ? `${styles.section} ${styles.newPage}` : styles.section}
          lang={section.lang}
          data-section={section.id}
        >
          <h3 className={styles.heading}>{section.heading}</h3>
          {section.blocks.map((block, index) => (
            <Block key={index} block={block} />
          ))}
        </section>
      ))}
      {doc.footer ? <p className={styles.footer}>{doc.footer}</p> : null}
    </article>
  );
}
