package dev.podium.activity;

/**
 * An item with its classification.
 *
 * @param wordCount words of the person's own text after NFKC normalisation
 * @param companyContent whether it links to one of the employer's domains
 */
record ClassifiedItem(ActivityItem item, Classification classification, int wordCount, boolean companyContent) {
}
