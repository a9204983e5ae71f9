// Sorting and the state filter of the open-items grid (KMyMoney keeps these in proxy classes too): numbers and
// times sort as numbers through ModelRoles::SortRole, and "open only" hides what has been resolved.
#pragma once

#include <QSortFilterProxyModel>

class OpenItemsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter { OpenOnly, All, Resolved };

    explicit OpenItemsFilter(QObject *parent = nullptr);

    StateFilter stateFilter() const { return m_stateFilter; }
    void setStateFilter(StateFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StateFilter m_stateFilter = StateFilter::OpenOnly;
};
